"use client";
import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/i18n/format";

const subscribe = () => () => {};

/** A time in the viewer's zone. The server does not know that zone, so it renders UTC and the browser swaps in local time after hydration. */
export function LocalTime({ ms }: { ms: number }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(ms);
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap tabular-nums">
      {formatDateTime(date, !inBrowser)}
    </time>
  );
}
