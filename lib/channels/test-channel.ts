import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { callUpstream, UpstreamFault } from "../relay/upstream";
import { nowSec } from "../time";
import { getChannelForUpstream } from "./channels";

/**
 * Reachability and secret check: list-by-condition with no ids costs the upstream nothing
 * and needs the mj-api-secret (new-api refuses to test MJ channels at all).
 */
export async function testChannel(id: number): Promise<{ ok: boolean; message: string; seconds: number }> {
  const channel = await getChannelForUpstream(id);
  if (!channel) throw new ApiError("not_found", `No channel with id ${id}.`);
  const started = performance.now();
  let message = "";
  try {
    const answer = await callUpstream(channel, "POST", "/mj/task/list-by-condition", { ids: [] }, 10_000);
    if (!Array.isArray(answer.body)) message = `Upstream answered HTTP ${answer.status} but not with a task list: is base_url a midjourney-proxy?`;
  } catch (error) {
    if (!(error instanceof UpstreamFault)) throw error;
    message = error.message;
  }
  const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
  await getDb().channel.update({ where: { id }, data: { testTime: BigInt(nowSec()), responseTime: Math.round(seconds * 1000) }, select: { id: true } });
  return { ok: !message, message: message || `OK in ${seconds}s`, seconds };
}

/** Tests every channel, a few at a time; new-api's "test all". */
export async function testAllChannels(concurrency = 4): Promise<{ id: number; ok: boolean; message: string; seconds: number }[]> {
  const ids = (await getDb().channel.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const results: { id: number; ok: boolean; message: string; seconds: number }[] = [];
  for (let i = 0; i < ids.length; i += concurrency) {
    results.push(...(await Promise.all(ids.slice(i, i + concurrency).map(async (id) => ({ id, ...(await testChannel(id)) })))));
  }
  return results;
}
