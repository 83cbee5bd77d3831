// The table: every list a user or admin opens, one client at a time, p50/p95.
import { apiAs, pageAs, type BenchContext } from "../context";
import { sequential, type Answer, type Call, type Stats } from "../load";

export interface ListRow { name: string; stats: Stats; total?: number }

/** The API answers 200 with success:false on a business error: that must not count as fast. */
const apiOk = (a: Answer) => a.status === 200 && a.body.includes('"success":true');
const pageOk = (a: Answer) => a.status === 200 && a.body.includes("<html");

export function listRows(ctx: BenchContext): { name: string; call: Call; page?: boolean }[] {
  // new-api's front-end asks for 10 rows a page; the portal shows 20.
  return [
    { name: "`/api/mj/self`, typical user (~900 tasks), page 1", call: apiAs(ctx, ctx.typical, "/api/mj/self?p=1&page_size=10") },
    { name: "`/api/mj/self`, user with 100,000 tasks, page 1", call: apiAs(ctx, ctx.heavy, "/api/mj/self?p=1&page_size=10") },
    { name: "same, page 500", call: apiAs(ctx, ctx.heavy, "/api/mj/self?p=500&page_size=10") },
    { name: "`/api/mj/` admin, one channel (~200,000)", call: apiAs(ctx, ctx.admin, "/api/mj/?p=1&page_size=10&channel_id=1") },
    { name: "`/api/mj/` admin, unfiltered, page 1", call: apiAs(ctx, ctx.admin, "/api/mj/?p=1&page_size=10") },
    { name: "`/api/mj/` admin, unfiltered, page 500", call: apiAs(ctx, ctx.admin, "/api/mj/?p=500&page_size=10") },
    { name: "portal task list of the heavy user", call: pageAs(ctx, ctx.heavy, "/tasks"), page: true },
    { name: "portal \"All tasks\" (admin)", call: pageAs(ctx, ctx.admin, "/admin/tasks"), page: true },
  ];
}

export async function measureLists(ctx: BenchContext): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  // The p95 of 40 requests is the second slowest: runs of one build gave the portal 41 to 65 ms,
  // depending on which requests met a poll cycle. 200 make it the tenth.
  const count = ctx.quick ? 5 : 200;
  for (const row of listRows(ctx)) {
    const stats = await sequential(() => row.call, count, ctx.quick ? 1 : 3, row.page ? pageOk : apiOk, ctx.quick ? 10_000 : 90_000);
    rows.push({ name: row.name, stats });
    ctx.log(`  ${row.name}: p50 ${stats.p50.toFixed(0)} ms, p95 ${stats.p95.toFixed(0)} ms (${stats.n} requests, ${stats.errors} errors)`);
  }
  return rows;
}
