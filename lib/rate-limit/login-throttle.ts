// Sign-in throttling, per account and per client address, with growing delays: after a few
// free failures each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … up
// to 15 min) — also with the right password, which is how guessing is stopped. A success
// clears the account's record. Unknown accounts are throttled alike, so the throttle says
// nothing about which names exist.
import { ApiError } from "../http/errors";
import { authenticateUser } from "../users/authenticate-user";
import { counterStore } from "./limits";
import type { CounterStore, FailureCount } from "./counter-store";

const RECORD_TTL_MS = 15 * 60_000;
const MAX_DELAY_MS = 15 * 60_000;
/** Failures allowed before delays start: per account, and per address (shared by everyone behind it). */
export const FREE_FAILURES = { account: 5, address: 20 } as const;

const accountKey = (login: string) => `login:account:${login.trim().toLowerCase()}`;
const addressKey = (ip: string) => `login:address:${ip}`;
/** The counter keys of a sign-in (tests age them to stand for time passing). */
export const loginRecordKeys = (login: string, ip: string) => ({ account: accountKey(login), address: addressKey(ip) });

export function delayAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(1000 * 2 ** (failures - free), MAX_DELAY_MS);
}

function waitMs(record: FailureCount, free: number, now: number): number {
  return record.count ? Math.max(0, record.lastMs + delayAfter(record.count, free) - now) : 0;
}

export async function assertLoginAllowed(login: string, ip: string, store: CounterStore = counterStore()): Promise<void> {
  const now = Date.now();
  const [account, address] = await Promise.all([store.failures(accountKey(login)), ip ? store.failures(addressKey(ip)) : Promise.resolve({ count: 0, lastMs: 0 })]);
  const wait = Math.max(waitMs(account, FREE_FAILURES.account, now), waitMs(address, FREE_FAILURES.address, now));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new ApiError("rate_limited", `Too many failed sign-ins: wait ${seconds} s before trying again.`, 23, seconds);
  }
}

export async function recordLoginFailure(login: string, ip: string, store: CounterStore = counterStore()): Promise<void> {
  await Promise.all([store.fail(accountKey(login), RECORD_TTL_MS), ip ? store.fail(addressKey(ip), RECORD_TTL_MS) : undefined]);
}

/**
 * The enabled user with these credentials, or null — throttled: refused with rate_limited
 * while a delay runs, failures recorded, the account's record cleared on success.
 */
export async function checkCredentials(login: string, password: string, ip: string, store: CounterStore = counterStore()) {
  await assertLoginAllowed(login, ip, store);
  const user = await authenticateUser(login, password);
  if (!user) {
    await recordLoginFailure(login, ip, store);
    return null;
  }
  await store.clear(accountKey(login));
  return user;
}
