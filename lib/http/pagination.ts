// Pages, as new-api reads them and as the portal's lists use them: p is 1-based (below 1,
// or not a number, means 1); page_size (aliases ps, size) is clamped to 1–100.
import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 20;
// Past this page an offset stops being a number databases accept; nobody pages this far.
const MAX_PAGE = 1_000_000;
export const MAX_PAGE_SIZE = 100;

const looseInt = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const number = Number.parseInt(String(value ?? ""), 10);
    return Number.isFinite(number) ? number : undefined;
  });

export const pageQuery = z.object({ p: looseInt, page_size: looseInt, ps: looseInt, size: looseInt });
export type PageQuery = z.infer<typeof pageQuery>;

/** A page number from anything a client or a URL may send. */
export function pageNumber(raw: unknown): number {
  const number = Number.parseInt(String(raw ?? ""), 10);
  return Number.isFinite(number) && number > 1 ? Math.min(number, MAX_PAGE) : 1;
}

export function resolvePage(query: PageQuery, defaultSize = DEFAULT_PAGE_SIZE): { page: number; pageSize: number } {
  const size = query.page_size ?? query.ps ?? query.size ?? defaultSize;
  return { page: pageNumber(query.p), pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, size)) };
}

/** skip/take of a 1-based page. */
export function pageWindow(page: number, pageSize: number) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toSkipTake(query: PageQuery) {
  const { page, pageSize } = resolvePage(query);
  return pageWindow(page, pageSize);
}

export function pageOf<T>(items: T[], total: number, query: PageQuery) {
  const { page, pageSize } = resolvePage(query);
  return { items, total, page, page_size: pageSize };
}
