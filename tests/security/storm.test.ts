// Issue 9 item 3: a burst of 500 concurrent submits at the real handler (real database, real
// HTTP to the simulator) never answers 500, and the money stays exact: accepted × price =
// quota spent = logged spend. A saturated database answers midjourney-proxy's code 23 "busy"
// with Retry-After, which charges nothing.
import { afterAll, beforeAll, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { bearer } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

const STORM = Number(process.env.STORM_SIZE ?? 500);
const PRICE = 50_000; // mj_imagine: $0.1 × 500,000
const AFFORDABLE = Math.floor(STORM * 0.6);

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => sim.close());

test(`${STORM} concurrent submits: no 500, and accepted × price = spent = logged`, async () => {
  const user = await makeUser({ quota: AFFORDABLE * PRICE });
  const { key, id: tokenId } = await makeKey(user.id);
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: STORM }, async (_, i) => {
      const response = await imagine(
        new Request("http://gateway.test/mj/submit/imagine", { method: "POST", headers: { ...bearer(key), "content-type": "application/json" }, body: JSON.stringify({ prompt: `storm ${i}` }) }),
        { params: Promise.resolve({}) },
      );
      const body = await response.json();
      return { status: response.status, code: body.code as number, retryAfter: response.headers.get("retry-after") };
    }),
  );
  const elapsedMs = Math.round(performance.now() - started);
  const tally: Record<string, number> = {};
  for (const a of answers) tally[`${a.status}/${a.code}`] = (tally[`${a.status}/${a.code}`] ?? 0) + 1;
  console.log(`[storm] ${process.env.TEST_DATABASE ?? "sqlite"}: ${STORM} submits in ${elapsedMs} ms →`, JSON.stringify(tally));

  expect(answers.filter((a) => a.status >= 500 && a.code !== 23)).toEqual([]);
  for (const busy of answers.filter((a) => a.code === 23)) {
    expect(busy.status).toBe(503);
    expect(Number(busy.retryAfter)).toBeGreaterThan(0);
  }
  const accepted = answers.filter((a) => a.code === 1).length;
  expect(accepted).toBeGreaterThan(0);
  expect(accepted).toBeLessThanOrEqual(AFFORDABLE);
  const after = await balances(user.id, tokenId);
  expect(after.used).toBe(accepted * PRICE);
  expect(after.quota).toBe((AFFORDABLE - accepted) * PRICE);
  expect(await loggedSpend(user.id)).toBe(accepted * PRICE);
  expect(await getDb().task.count({ where: { userId: user.id, mjId: { not: "" } } })).toBe(accepted);
  expect(await getDb().task.count({ where: { userId: user.id, mjId: "" } })).toBe(0);
}, 120_000);
