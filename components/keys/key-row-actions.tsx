"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button, buttonClass } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useApiAction } from "../use-api-action";

export function KeyRowActions({ id, name, enabled }: { id: number; name: string; enabled: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const busy = pending || refreshing;

  async function act(url: string, init: { method: string; body?: unknown }) {
    if (await run(url, init)) startRefresh(() => router.refresh());
  }

  function remove() {
    if (window.confirm(fill(t.keys.confirmDelete, { name }))) act(`/api/token/${id}`, { method: "DELETE" });
  }

  return (
    <div className="space-y-1">
      <div className="flex justify-end gap-2">
        <Link href={`/keys/${id}`} className={buttonClass("secondary", "sm")}>{t.keys.edit}</Link>
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => act("/api/token?status_only=true", { method: "PUT", body: { id, status: enabled ? 2 : 1 } })}>
          {enabled ? t.keys.disable : t.keys.enable}
        </Button>
        <Button variant="danger" size="sm" disabled={busy} onClick={remove}>{t.keys.delete}</Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
