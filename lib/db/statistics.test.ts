// SQLite has no autovacuum daemon: without statistics its planner guesses. The server's
// connection gathers them when it opens (PostgreSQL's autovacuum does this on its own).
import { expect, test } from "vitest";
import { createDb, getDb } from "../db";
import { isPostgresUrl } from "../env";

test.skipIf(isPostgresUrl(process.env.DATABASE_URL!))("a new connection gathers the planner's statistics for the tasks table", async () => {
  const user = await getDb().user.create({ data: { username: "stats", passwordHash: "x", webhookSecret: "w" } });
  await getDb().task.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ mjId: `s${i}`, userId: user.id, action: "IMAGINE", submitTime: BigInt(1 + i) })) });
  const rowsSeen = (db: typeof getDb extends () => infer D ? D : never) =>
    db.$queryRawUnsafe<{ stat: string }[]>(`SELECT stat FROM sqlite_stat1 WHERE idx = 'tasks_user_id_submit_time_id_idx'`).then((rows) => rows.map((r) => r.stat.split(" ")[0]));
  expect(await rowsSeen(getDb())).not.toContain("500");
  const fresh = createDb(process.env.DATABASE_URL!);
  try {
    await fresh.option.findMany();
    expect(await rowsSeen(fresh)).toEqual(["500"]);
  } finally {
    await fresh.$disconnect();
  }
});
