// Numbers that land in 32-bit integer columns (PostgreSQL int4): ids, priority, weight.
// Anything larger is refused by the schema, with a sentence, before the database sees it.
import { z } from "zod";

export const INT32_MAX = 2 ** 31 - 1;

/** A row id in a body. */
export const dbId = z.number({ error: "id must be a number" }).int("id must be a whole number").min(1, "id must be positive").max(INT32_MAX, `id must be at most ${INT32_MAX}`);

/** A 32-bit whole number, bounded to [min, 2^31-1]. */
export const int32 = (min = -INT32_MAX - 1) => z.number().int().min(min).max(INT32_MAX, `must be at most ${INT32_MAX}`);
