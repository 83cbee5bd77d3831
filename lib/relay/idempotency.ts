// Idempotency-Key on submits: one execution per API key and key value within 24 h. Only
// accepted (charged) answers are kept, so a client retrying after a refused or failed
// submit gets a real second try, and a retry after a timeout never pays twice.
//
// A record being worked on holds a lease. If its process dies mid-submit, a retry after the
// lease lapses takes the record over: the task the first run reserved is replayed when it was
// confirmed, or its reservation released when it was not, and the submit runs again.
import { getDb, Prisma } from "../db";
import { releasePendingTask } from "../billing/reserve";
import { directDb } from "../db/direct";
import { ApiError } from "../http/errors";
import { getOptions, optionNumber } from "../options/options";
import { nowMs } from "../time";
import type { SubmitOutcome } from "./submit-task";

const WINDOW_MS = 24 * 3600 * 1000;

/** Longer than any submit can take: every upstream attempt timing out, plus a minute. */
export async function leaseMs(): Promise<number> {
  const options = await getOptions();
  return optionNumber(options, "UpstreamTimeoutSeconds") * 1000 * (1 + Math.max(0, optionNumber(options, "RetryTimes"))) + 60_000;
}

type Run = (onReserved: (taskId: number) => Promise<void>) => Promise<SubmitOutcome>;
type Claim = { recordId: number } | { replay: SubmitOutcome };

const stillRunning = () => new ApiError("conflict", "A request with this Idempotency-Key is still being processed; retry later.", 4);

/** The answer of a first run that was confirmed before its process died. */
async function confirmedAnswer(taskId: number | null, tokenId: number): Promise<SubmitOutcome | null> {
  if (taskId === null) return null;
  const task = await getDb().task.findUnique({ where: { id: taskId }, select: { mjId: true, tokenId: true, code: true, action: true, properties: true } });
  if (!task || task.mjId === "" || task.tokenId !== tokenId) return null;
  // An upload's answer was its URLs, kept in the task's properties.
  const urls = (task.properties as { urls?: unknown } | null)?.urls;
  const result = task.action === "UPLOAD" && Array.isArray(urls) ? (urls as string[]) : task.mjId;
  return { status: 200, charged: false, envelope: { code: task.code || 1, description: "Submit success", result, properties: {} } };
}

async function claim(tokenId: number, key: string, lease: number): Promise<Claim> {
  const db = getDb();
  const now = nowMs();
  try {
    const created = await db.idempotencyRecord.create({ data: { tokenId, key, createdAt: BigInt(now), leaseUntil: BigInt(now + lease) }, select: { id: true } });
    return { recordId: created.id };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const existing = await db.idempotencyRecord.findUnique({ where: { tokenId_key: { tokenId, key } } });
  if (!existing) throw stillRunning();
  if (existing.response) return { replay: { ...(JSON.parse(existing.response) as SubmitOutcome), charged: false } };
  if (existing.leaseUntil > BigInt(now)) throw stillRunning();
  // The holder died: take the record over (one retry wins), then settle what it left.
  const { count } = await db.idempotencyRecord.updateMany({
    where: { id: existing.id, response: "", leaseUntil: existing.leaseUntil },
    data: { leaseUntil: BigInt(now + lease), taskId: null },
  });
  if (count !== 1) throw stillRunning();
  const answered = await confirmedAnswer(existing.taskId, tokenId);
  if (answered) {
    await db.idempotencyRecord.update({ where: { id: existing.id }, data: { status: answered.status, response: JSON.stringify(answered) } });
    return { replay: answered };
  }
  if (existing.taskId !== null) await (await directDb()).transaction((tx) => releasePendingTask(tx, existing.taskId!));
  return { recordId: existing.id };
}

export async function withIdempotency(tokenId: number | null, key: string | null, run: Run): Promise<SubmitOutcome> {
  const noop = async () => undefined;
  if (!key || tokenId === null) return run(noop);
  if (key.length > 255) throw new ApiError("bad_request", "Idempotency-Key is at most 255 characters.", 4);
  const db = getDb();
  await db.idempotencyRecord.deleteMany({ where: { tokenId, key, createdAt: { lt: BigInt(nowMs() - WINDOW_MS) } } });
  const claimed = await claim(tokenId, key, await leaseMs());
  if ("replay" in claimed) return claimed.replay;
  const { recordId } = claimed;
  try {
    const outcome = await run(async (taskId) => {
      await db.idempotencyRecord.update({ where: { id: recordId }, data: { taskId }, select: { id: true } });
    });
    if (outcome.charged) {
      await db.idempotencyRecord.update({ where: { id: recordId }, data: { status: outcome.status, response: JSON.stringify(outcome) } });
    } else {
      await db.idempotencyRecord.delete({ where: { id: recordId } });
    }
    return outcome;
  } catch (error) {
    await db.idempotencyRecord.delete({ where: { id: recordId } }).catch(() => undefined);
    throw error;
  }
}
