// The start-up migration runner keeps Prisma's _prisma_migrations bookkeeping and is safe
// to run again; on PostgreSQL (TEST_DATABASE=postgres) it runs under Prisma's advisory lock.
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { getDb } from "../db";
import { applyMigrations, migrationsDir } from "./migrate";

const url = process.env.DATABASE_URL!;

describe("applyMigrations", () => {
  test("the per-file test database was migrated, with Prisma's checksums", async () => {
    const rows = await getDb().$queryRawUnsafe<{ migration_name: string; checksum: string; applied_steps_count: number }[]>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const first = rows[0]!;
    const sql = readFileSync(join(migrationsDir(url), first.migration_name, "migration.sql"));
    expect(first.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(Number(first.applied_steps_count)).toBe(1);
  });

  test("running again applies nothing", async () => {
    const again = await applyMigrations(url);
    expect(again.applied).toEqual([]);
    expect(again.skipped.length).toBeGreaterThan(0);
  });

  test("every model of the schema has its table and columns (the migrations match the schema)", async () => {
    const db = getDb();
    const user = await db.user.create({ data: { username: "m", passwordHash: "x", webhookSecret: "w" } });
    const channel = await db.channel.create({ data: { name: "c", baseUrl: "http://c", createdTime: 1n } });
    const token = await db.token.create({ data: { userId: user.id, key: "k", name: "n", createdTime: 1n } });
    const task = await db.task.create({ data: { mjId: "1", userId: user.id, tokenId: token.id, channelId: channel.id, action: "IMAGINE", submitTime: 1n, buttons: [{ customId: "a" }], properties: { finalPrompt: "p" } } });
    const delivery = await db.notifyDelivery.create({ data: { eventId: "e", taskId: task.id, userId: user.id, url: "http://x", payload: "{}", nextAttemptAt: 1n, createdAt: 1n } });
    await db.notifyAttempt.create({ data: { deliveryId: delivery.id, at: 1n } });
    await db.log.create({ data: { userId: user.id, type: 2, createdAt: 1n } });
    await db.option.create({ data: { key: "k", value: "v" } });
    await db.idempotencyRecord.create({ data: { tokenId: token.id, key: "i", createdAt: 1n } });
    const stored = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored.buttons).toEqual([{ customId: "a" }]);
    expect(stored.properties).toEqual({ finalPrompt: "p" });
  });

  test("a failed migration stops the next start until it is resolved", async () => {
    if (!url.startsWith("file:")) return; // the SQLite file is ours to break; PostgreSQL shares the server
    const dir = mkdtempSync(join(tmpdir(), "mj-migrate-"));
    const folder = join(dir, "migrations");
    mkdirSync(join(folder, "20260101000000_ok"), { recursive: true });
    writeFileSync(join(folder, "20260101000000_ok", "migration.sql"), "CREATE TABLE a (id INTEGER);");
    mkdirSync(join(folder, "20260102000000_broken"), { recursive: true });
    writeFileSync(join(folder, "20260102000000_broken", "migration.sql"), "CREATE TABLE b (id INTEGER); THIS IS NOT SQL;");
    const target = `file:${join(dir, "x.db")}`;
    await expect(applyMigrations(target, folder)).rejects.toThrow(/20260102000000_broken failed/);
    await expect(applyMigrations(target, folder)).rejects.toThrow(/failed earlier/);
  });
});
