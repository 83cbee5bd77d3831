// Idempotency-Key on submits: one execution per API key and key value within 24 h. Only
// accepted (charged) answers are kept, so a client retrying after a refused or failed
// submit gets a real second try, and a retry after a timeout never pays twice.
import { getDb, Prisma } from "../db";
import { ApiError } from "../http/errors";
import { nowMs } from "../time";
import type { SubmitOutcome } from "./submit-task";

const WINDOW_MS = 24 * 3600 * 1000;

export async function withIdempotency(tokenId: number | null, key: string | null, run: () => Promise<SubmitOutcome>): Promise<SubmitOutcome> {
  if (!key || tokenId === null) return run();
  if (key.length > 255) throw new ApiError("bad_request", "Idempotency-Key is at most 255 characters.", 4);
  const db = getDb();
  await db.idempotencyRecord.deleteMany({ where: { tokenId, key, createdAt: { lt: BigInt(nowMs() - WINDOW_MS) } } });
  let recordId: number;
  try {
    recordId = (await db.idempotencyRecord.create({ data: { tokenId, key, createdAt: BigInt(nowMs()) }, select: { id: true } })).id;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const existing = await db.idempotencyRecord.findUnique({ where: { tokenId_key: { tokenId, key } } });
    if (!existing?.response) throw new ApiError("conflict", "A request with this Idempotency-Key is still being processed.", 4);
    return { ...(JSON.parse(existing.response) as SubmitOutcome), charged: false };
  }
  try {
    const outcome = await run();
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
