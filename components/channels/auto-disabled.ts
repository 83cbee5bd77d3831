import type { Messages } from "@/lib/i18n/en";
import { fill, formatDateTime } from "@/lib/i18n/format";

// channel-health writes "Disabled automatically at <ISO time>: <reason>".
const AUTO_REASON = /^Disabled automatically at (\S+): ([\s\S]*)$/;

/** The auto-disable reason in the viewer's words, with its time. */
export function autoDisabledText(statusReason: string, t: Messages): string {
  const match = AUTO_REASON.exec(statusReason);
  if (!match) return statusReason;
  const at = new Date(match[1]!);
  const time = Number.isNaN(at.getTime()) ? match[1]! : formatDateTime(at, true);
  return fill(t.dashboard.autoDisabledAt, { time, reason: match[2]! });
}
