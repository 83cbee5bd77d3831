"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { LocalTime } from "../local-time";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Td } from "../ui/table";
import { useApiAction } from "../use-api-action";
import type { Delivery } from "./delivery-types";

const STATUS_TONES = { pending: "accent", delivered: "success", failed: "danger" } as const;

/** A delivery, expandable to its attempts, with Redeliver. */
/** `readOnly`: an admin looking at someone else's delivery sees it but cannot redeliver. */
export function DeliveryRow({ delivery, readOnly = false }: { delivery: Delivery; readOnly?: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const { run, pending, error } = useApiAction();
  const [open, setOpen] = useState(false);
  const [queued, setQueued] = useState(false);
  const attemptsId = `delivery-${delivery.id}-attempts`;

  async function redeliver() {
    setQueued(false);
    if (!(await run(`/api/notify/${delivery.id}/redeliver`, { method: "POST" }))) return;
    setQueued(true);
    router.refresh();
  }

  return (
    <>
      <tr>
        <Td><LocalTime ms={delivery.created_at} /></Td>
        <Td className="font-mono text-xs">
          <Link href={`/tasks/${encodeURIComponent(delivery.mj_id)}`} className="text-indigo-700 hover:underline">{delivery.mj_id}</Link>
        </Td>
        <Td className="max-w-64 break-all font-mono text-xs">{delivery.url}</Td>
        <Td>
          <Badge tone={STATUS_TONES[delivery.status] ?? "neutral"}>{t.hooks.statusNames[delivery.status] ?? delivery.status}</Badge>
          {delivery.status === "pending" && delivery.next_attempt_at ? (
            <p className="mt-1 text-xs text-neutral-500">{t.hooks.nextAttempt}: <LocalTime ms={delivery.next_attempt_at} /></p>
          ) : null}
          {delivery.delivered_at ? <p className="mt-1 text-xs text-neutral-500">{t.hooks.delivered}: <LocalTime ms={delivery.delivered_at} /></p> : null}
        </Td>
        <Td className="text-right tabular-nums">{delivery.attempt_count}</Td>
        <Td>
          <div className="space-y-1">
            <div className="flex justify-end gap-2">
              <Button variant="ghost" size="sm" aria-expanded={open} aria-controls={attemptsId} onClick={() => setOpen(!open)}>
                {open ? t.hooks.hideAttempts : t.hooks.showAttempts}
              </Button>
              {readOnly ? null : <Button variant="secondary" size="sm" disabled={pending} onClick={redeliver}>{t.hooks.redeliver}</Button>}
            </div>
            {queued ? <p role="status" className="text-right text-xs text-emerald-700">{t.hooks.redelivered}</p> : null}
            <FormError message={error} />
          </div>
        </Td>
      </tr>
      {open ? (
        <tr id={attemptsId} className="bg-neutral-50/70">
          <td colSpan={6} className="px-4 py-3">
            {delivery.attempts.length === 0 ? (
              <p className="text-sm text-neutral-500">{t.hooks.noAttempts}</p>
            ) : (
              <table aria-label={fill(t.hooks.attemptsOf, { id: delivery.id })} className="w-full max-w-3xl text-xs">
                <thead>
                  <tr className="text-left text-neutral-500">
                    <th scope="col" className="py-1 pr-4 font-medium">{t.hooks.attemptTime}</th>
                    <th scope="col" className="py-1 pr-4 font-medium">{t.hooks.statusCode}</th>
                    <th scope="col" className="py-1 pr-4 text-right font-medium">{t.hooks.duration}</th>
                    <th scope="col" className="py-1 font-medium">{t.hooks.error}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-neutral-200">
                  {delivery.attempts.map((attempt, index) => (
                    <tr key={index}>
                      <td className="py-1.5 pr-4"><LocalTime ms={attempt.at} /></td>
                      <td className="py-1.5 pr-4 tabular-nums">{attempt.status_code || t.hooks.noResponse}</td>
                      <td className="py-1.5 pr-4 text-right tabular-nums">{attempt.duration_ms} ms</td>
                      <td className={`py-1.5 break-words ${attempt.error ? "text-red-700" : "text-neutral-500"}`}>{attempt.error || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}
