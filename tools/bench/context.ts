// What every benchmark phase needs: where the gateway and the simulator listen, the
// credentials of the seeded users, and how long to run (full benchmark or CI's quick run).
import type { Call } from "./load";

export interface Credentials { userId: number; accessToken: string; key: string; cookie: string }

export interface BenchContext {
  db: "sqlite" | "postgres";
  quick: boolean;
  gateway: string;
  simulator: string;
  simulatorSecret: string;
  admin: Credentials;
  heavy: Credentials;
  typical: Credentials;
  /** A seeded task of the typical user, for relay fetches. */
  typicalTaskId: string;
  /** 50 seeded task ids of the typical user, for list-by-condition. */
  typicalTaskIds: string[];
  /** The gateway's root process (npm), for memory and CPU. */
  gatewayPid: number;
  log(line: string): void;
}

/** seconds of the full benchmark, scaled down for the quick run. */
export const duration = (ctx: BenchContext, full: number, quick = Math.max(1, Math.round(full / 10))) => (ctx.quick ? quick : full);

export const apiAs = (ctx: BenchContext, who: Credentials, path: string): Call => ({
  url: `${ctx.gateway}${path}`,
  headers: { authorization: who.accessToken, "new-api-user": String(who.userId) },
});

export const pageAs = (ctx: BenchContext, who: Credentials, path: string): Call => ({ url: `${ctx.gateway}${path}`, headers: { cookie: who.cookie } });

export const relayAs = (ctx: BenchContext, who: Credentials, path: string, body?: unknown): Call => ({
  url: `${ctx.gateway}${path}`, headers: { authorization: `Bearer sk-${who.key}` }, body, method: body === undefined ? "GET" : "POST",
});

export const simulatorCall = (ctx: BenchContext, path: string, body?: unknown): Call => ({
  url: `${ctx.simulator}${path}`, headers: { "mj-api-secret": ctx.simulatorSecret }, body, method: body === undefined ? "GET" : "POST",
});
