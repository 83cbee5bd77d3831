// Issue 9 item 3: a database too saturated to start a transaction in time answers
// midjourney-proxy's code 23 with HTTP 503 and Retry-After (new-api's envelope on /api), never
// a 500 — and what it refuses is not charged.
import { afterAll, beforeAll, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { resetEnv } from "../../lib/env";
import { connectionsOf, getDb, Prisma } from "../../lib/db";
import { isBusyError, retryWhenBusy } from "../../lib/db/busy";
import { toApiError } from "../../lib/http/to-api-error";
import { fail } from "../../lib/http/api-handler";
import { bearer } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

const globalForDb = globalThis as unknown as { mjDb?: { $disconnect(): Promise<void> } };

/** A fresh client with a tiny pool and almost no patience: a burst saturates it. */
async function useImpatientClient() {
  await globalForDb.mjDb?.$disconnect();
  globalForDb.mjDb = undefined;
  Object.assign(process.env, { DATABASE_POOL_SIZE: "2", DATABASE_POOL_TIMEOUT_MS: "150", DATABASE_TX_MAX_WAIT_MS: "100" });
  resetEnv();
}

/**
 * PostgreSQL: both connections taken; the returned function gives them back once requests have
 * waited for one past the pool's patience, so some are refused however fast the machine is.
 */
async function occupyPool(): Promise<() => Promise<void>> {
  const connections = connectionsOf(getDb());
  if (connections.kind !== "postgres") return async () => {};
  const { pool } = connections;
  const clients = await Promise.all([pool.connect(), pool.connect()]);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return async () => {
    while (pool.waitingCount === 0) await pause(5);
    await pause(200);
    for (const client of clients) client.release();
  };
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => {
  await sim.close();
  for (const name of ["DATABASE_POOL_SIZE", "DATABASE_POOL_TIMEOUT_MS", "DATABASE_TX_MAX_WAIT_MS"]) delete process.env[name];
  resetEnv();
});

test("a saturated database answers busy (503, code 23, Retry-After) and charges exactly what it accepted", async () => {
  const user = await makeUser({ quota: 10_000_000 });
  const { key } = await makeKey(user.id);
  await useImpatientClient();
  const release = await occupyPool();
  const answering = Promise.all(
    Array.from({ length: 150 }, async (_, i) => {
      const res = await imagine(new Request("http://gateway.test/mj/submit/imagine", { method: "POST", headers: { ...bearer(key), "content-type": "application/json" }, body: JSON.stringify({ prompt: `busy ${i}` }) }), { params: Promise.resolve({}) });
      return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
    }),
  );
  await release();
  const answers = await answering;
  const busy = answers.filter((a) => a.body.code === 23);
  const accepted = answers.filter((a) => a.body.code === 1).length;
  expect(answers.filter((a) => a.status >= 500 && a.body.code !== 23)).toEqual([]);
  // PostgreSQL's two connections were held past the pool's patience; SQLite runs its
  // transactions one after another in-process and may well keep up.
  if (process.env.TEST_DATABASE === "postgres") expect(busy.length).toBeGreaterThan(0);
  for (const answer of busy) {
    expect(answer.status).toBe(503);
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    expect(answer.body.description).toMatch(/busy.*retry/i);
  }
  expect(accepted + busy.length).toBe(answers.length);
  const after = await retryWhenBusy(() => balances(user.id));
  expect(after.used).toBe(accepted * 50_000);
  expect(await retryWhenBusy(() => loggedSpend(user.id))).toBe(accepted * 50_000);
});

test("busy errors from Prisma and the drivers are recognised and rendered with their status on /api too", async () => {
  const p2028 = new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7" });
  for (const error of [p2028, new Error("timeout exceeded when trying to connect"), new Error("SqliteError: database is locked")]) {
    expect(isBusyError(error)).toBe(true);
    expect(toApiError(error)).toMatchObject({ code: "busy", status: 503, mjCode: 23, retryAfter: expect.any(Number) });
  }
  expect(isBusyError(new Error("syntax error"))).toBe(false);
  const answer = fail(p2028);
  expect(answer.status).toBe(503);
  expect(answer.headers.get("retry-after")).toBeTruthy();
  expect(await answer.json()).toMatchObject({ success: false, message: expect.stringMatching(/busy/) });
  await getDb().$queryRawUnsafe("SELECT 1");
});
