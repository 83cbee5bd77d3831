"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { withKeyPrefix } from "@/lib/tokens/key-prefix";
import { CopyButton } from "../copy-button";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Checkbox, Field, Input } from "../ui/input";
import { useApiAction } from "../use-api-action";

const endOfLocalDay = (value: string) => Math.floor(new Date(`${value}T23:59:59`).getTime() / 1000);

export function CreateKeyForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const [unlimited, setUnlimited] = useState(false);
  const [newKey, setNewKey] = useState("");

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const expiry = String(form.get("expiry") ?? "");
    const created = await run<{ id: number }>("/api/token", {
      method: "POST",
      body: {
        name: String(form.get("name") ?? ""),
        remain_quota: unlimited ? 0 : Number(form.get("quota") || 0),
        unlimited_quota: unlimited,
        expired_time: expiry ? endOfLocalDay(expiry) : -1,
      },
    });
    if (!created?.data) return;
    const revealed = await run<{ key: string }>(`/api/token/${created.data.id}/key`, { method: "POST" });
    setNewKey(revealed?.data?.key ? withKeyPrefix(revealed.data.key) : "");
    formElement.reset();
    setUnlimited(false);
    startRefresh(() => router.refresh());
  }

  return (
    <Card title={t.keys.createTitle}>
      <form onSubmit={create} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="key-name" label={t.keys.name}>
            <Input id="key-name" name="name" required maxLength={50} autoComplete="off" />
          </Field>
          <Field id="key-quota" label={t.keys.quota} hint={t.keys.quotaHint}>
            <Input id="key-quota" name="quota" type="number" min={0} step={1} defaultValue={500000} disabled={unlimited} aria-describedby="key-quota-hint" />
          </Field>
          <Field id="key-expiry" label={t.keys.expiry} hint={t.keys.expiryHint}>
            <Input id="key-expiry" name="expiry" type="date" aria-describedby="key-expiry-hint" />
          </Field>
          <div className="flex items-center sm:pt-7">
            <Checkbox id="key-unlimited" label={t.keys.unlimited} checked={unlimited} onChange={(event) => setUnlimited(event.target.checked)} />
          </div>
        </div>
        <FormError message={error} />
        <Button type="submit" disabled={pending || refreshing}>{t.keys.create}</Button>
      </form>
      {newKey ? (
        <div role="status" className="mt-4 space-y-2 rounded-lg bg-emerald-50 p-3 ring-1 ring-inset ring-emerald-200">
          <p className="text-sm text-emerald-800">{t.keys.newKey}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-surface px-2 py-1 font-mono text-xs text-neutral-900 ring-1 ring-emerald-200">{newKey}</code>
            <CopyButton text={newKey} />
          </div>
        </div>
      ) : null}
    </Card>
  );
}
