// Builders for test data, through the same lib/ functions the product uses.
import { randomBytes } from "node:crypto";
import { getDb } from "../../lib/db";
import { createUser } from "../../lib/users/create-user";
import { createToken, type TokenInput } from "../../lib/tokens/tokens";
import { createChannel, type ChannelInput } from "../../lib/channels/channels";
import { issueAccessToken } from "../../lib/auth/access-token";
import { startSimulator, type Simulator, type SimulatorOptions } from "../../tools/mj-simulator/server";

/** A 1×1 PNG as a data URL, for describe and blend bodies. */
export const TINY_PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export async function makeUser(opts: { quota?: number; role?: number; group?: string; username?: string } = {}) {
  const user = await createUser({
    username: opts.username ?? `user_${randomBytes(4).toString("hex")}`,
    password: "correct horse battery",
    quota: BigInt(opts.quota ?? 1_000_000),
    role: opts.role ?? 1,
    group: opts.group ?? "default",
  });
  return { ...user, accessToken: await issueAccessToken(user.id) };
}

export async function makeKey(userId: number, input: Partial<TokenInput> = {}) {
  const token = await createToken(userId, { name: "test key", unlimitedQuota: true, ...input });
  return { id: token.id, key: `sk-${token.key}` };
}

export async function makeChannel(simulator: Simulator | { url: string }, input: Partial<ChannelInput> = {}) {
  return createChannel({ name: `sim ${randomBytes(2).toString("hex")}`, baseUrl: simulator.url, key: "sim-secret", group: "default", ...input });
}

export async function startTestSimulator(opts: SimulatorOptions = {}) {
  return startSimulator({ secret: "sim-secret", stepMs: 30, ...opts });
}

export async function balances(userId: number, tokenId?: number) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { quota: true, usedQuota: true } });
  const token = tokenId ? await db.token.findUniqueOrThrow({ where: { id: tokenId }, select: { remainQuota: true, usedQuota: true } }) : null;
  return { quota: Number(user.quota), used: Number(user.usedQuota), tokenRemain: token ? Number(token.remainQuota) : null, tokenUsed: token ? Number(token.usedQuota) : null };
}

/** Sum of a user's consume logs minus refund logs: must equal what left the balance. */
export async function loggedSpend(userId: number) {
  const logs = await getDb().log.findMany({ where: { userId }, select: { type: true, quota: true } });
  return logs.reduce((sum, log) => sum + (log.type === 2 ? Number(log.quota) : log.type === 6 ? -Number(log.quota) : 0), 0);
}

/** A simulator registered as a channel, and a customer with quota and an API key for it. */
export async function simulatorWithCustomer(quota = 10_000_000) {
  const sim = await startTestSimulator();
  await makeChannel(sim);
  const user = await makeUser({ quota });
  return { sim, userId: user.id, key: (await makeKey(user.id)).key };
}

/** A simulator registered as a channel, with notify hooks allowed to loopback (the background-work suites). */
export async function startSimulatorChannel(opts: SimulatorOptions = {}) {
  const sim = await startTestSimulator(opts);
  await makeChannel(sim);
  const { setOption } = await import("../../lib/options/options");
  await setOption("NotifyHookAllow", "127.0.0.1");
  return sim;
}
