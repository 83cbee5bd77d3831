"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./ui/button";

/**
 * Re-renders the page on the server every `intervalMs` while the tab is visible, and on demand.
 * The page's server components stay the only data path: no second fetch shape for live updates.
 */
export function AutoRefresh({ intervalMs }: { intervalMs: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startRefresh] = useTransition();

  useEffect(() => {
    if (!intervalMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") startRefresh(() => router.refresh());
    }, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, router]);

  return (
    <Button variant="secondary" size="sm" disabled={pending} onClick={() => startRefresh(() => router.refresh())}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={`size-3.5 ${pending ? "animate-spin" : ""}`}>
        <path d="M15.3 4.7A7 7 0 0 0 3.1 9H1.5l2.5 3 2.5-3H5.1a5 5 0 0 1 8.8-2.9l1.4-1.4ZM16 8l-2.5 3h1.4a5 5 0 0 1-8.8 2.9l-1.4 1.4A7 7 0 0 0 16.9 11h1.6L16 8Z" />
      </svg>
      {t.common.refresh}
    </Button>
  );
}
