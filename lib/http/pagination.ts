import { z } from "zod";

/** new-api's list query: p (1-based, default 1), page_size (default 20, max 100). */
export const pageQuery = z.object({
  p: z.coerce.number().int().min(1, "p must be 1 or more").default(1),
  page_size: z.coerce.number().int().min(1).max(100, "page_size is at most 100").default(20),
});

export function toSkipTake(query: { p: number; page_size: number }) {
  return { skip: (query.p - 1) * query.page_size, take: query.page_size };
}

export function pageOf<T>(items: T[], total: number, query: { p: number; page_size: number }) {
  return { items, total, page: query.p, page_size: query.page_size };
}
