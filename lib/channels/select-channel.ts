import { getDb, type DbOrTx } from "../db";
import { ShortLivedCache } from "../cache/short-lived";
import { CHANNEL_STATUS } from "./channel-status";
import { upstreamSelect, type UpstreamChannel } from "./channels";

const csv = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean);

interface Candidate extends UpstreamChannel { priority: number; weight: number }
type EnabledChannel = Candidate & { group: string; models: string };

/** Weighted random order without replacement, each weighted weight + 10 (new-api). */
function weightedShuffle<T extends { weight: number }>(items: T[], random: () => number): T[] {
  const pool = [...items];
  const ordered: T[] = [];
  while (pool.length) {
    const total = pool.reduce((sum, c) => sum + Math.max(c.weight, 0) + 10, 0);
    let pick = random() * total;
    const index = pool.findIndex((c) => (pick -= Math.max(c.weight, 0) + 10) < 0);
    ordered.push(...pool.splice(index === -1 ? pool.length - 1 : index, 1));
  }
  return ordered;
}

// The enabled channels, read once a second: a change (disable, weight, new channel) reaches
// every instance within that time, and a busy relay does not read the table per submit.
const enabledCache = new ShortLivedCache<"enabled", EnabledChannel[]>(1000, 1);

export function forgetEnabledChannels(): void {
  enabledCache.clear();
}

export function enabledChannels(db: DbOrTx = getDb()): Promise<EnabledChannel[]> {
  return enabledCache.get("enabled", () => db.channel.findMany({
    where: { status: CHANNEL_STATUS.enabled },
    select: { ...upstreamSelect, group: true, models: true, priority: true, weight: true },
  }));
}

/**
 * Channels that may serve `model` for `group`, in the order to try them: highest priority
 * first, weighted random inside a priority. An empty models list serves every model.
 */
export async function channelCandidates(group: string, model: string, random = Math.random, db: DbOrTx = getDb()): Promise<Candidate[]> {
  const enabled = await enabledChannels(db);
  const eligible = enabled.filter((c) => csv(c.group).includes(group) && (csv(c.models).length === 0 || csv(c.models).includes(model)));
  const priorities = [...new Set(eligible.map((c) => c.priority))].sort((a, b) => b - a);
  return priorities.flatMap((p) => weightedShuffle(eligible.filter((c) => c.priority === p), random));
}
