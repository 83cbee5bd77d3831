// "The database is saturated, try again": how each layer says it, and a retry for the few
// writes that must not be given up (the upstream already accepted the job they record).
import { Prisma } from "../db";

// P2028 a transaction could not start in time, P2024 no pool connection in time, P2034 a
// write conflict or deadlock, P1008 a timed-out operation (SQLite's busy timeout).
const BUSY_CODES = new Set(["P2028", "P2024", "P2034", "P1008"]);
// The same states as drivers word them when they reach us unwrapped.
const BUSY_MESSAGE = /SQLITE_BUSY|database is locked|timeout exceeded when trying to connect|Unable to start a transaction in the given time|too many clients already|remaining connection slots are reserved|Transaction already closed|expired transaction|deadlock detected|could not serialize access/i;

export function isBusyError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && BUSY_CODES.has(error.code)) return true;
  if (!(error instanceof Error)) return false;
  const cause = error.cause as { message?: unknown } | undefined;
  return BUSY_MESSAGE.test(`${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String(cause?.message ?? "")}`);
}

/** Runs `work`, again after a growing pause while the database answers busy (5 tries, ~3 s). */
export async function retryWhenBusy<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}
