// The answers' envelopes: new-api's {success, message, data} and its page, for the OpenAPI
// document's responses.
import { z } from "zod";

export const pageOfSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), total: z.number().int(), page: z.number().int(), page_size: z.number().int() });
