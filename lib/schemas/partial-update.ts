import { z } from "zod";

/**
 * An update schema from a create schema: every field optional and without its default.
 * (zod 4's .partial() keeps .default() values, which would silently reset fields an
 * update leaves out.)
 */
export function partialUpdate<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };
  return z.object(shape).partial();
}
