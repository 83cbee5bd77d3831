import { z } from "zod";

/** PUT /api/option/: one setting; value may be a string, number, boolean or JSON (checked per key). */
export const optionUpdateSchema = z.object({ key: z.string().min(1, "key is required"), value: z.unknown() });
