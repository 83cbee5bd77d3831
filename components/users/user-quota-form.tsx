"use client";
import { useState, useTransition, type FormEvent } from "react";
import { changeUserQuota } from "@/app/admin/users/actions";
import { usdToQuota } from "@/lib/billing/units";
import { useI18n } from "@/lib/i18n/client";
import { fill, formatNumber, formatQuota } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ActionFeedback, type ActionFeedbackResult } from "../ui/action-feedback";
import { Field, Input, Select } from "../ui/input";

const MODES = ["add", "subtract", "override"] as const;

/** Add to, decrease or set a balance in USD, with a reason that goes into the log. */
export function UserQuotaForm({ userId, quota }: { userId: number; quota: number }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [usd, setUsd] = useState("1");
  const [result, setResult] = useState<ActionFeedbackResult>(null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const formElement = event.currentTarget;
    startTransition(async () => {
      const answer = await changeUserQuota({
        id: userId,
        mode: String(form.get("mode")) as (typeof MODES)[number],
        value: usdToQuota(Number(usd) || 0),
        reason: String(form.get("reason") ?? ""),
      });
      setResult(answer);
      if (answer.ok) formElement.reset();
    });
  }

  return (
    <Card id="user-quota" title={t.users.quotaTitle} description={fill(t.users.quotaBody, { quota: formatQuota(quota) })}>
      <form onSubmit={apply} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="quota-mode" label={t.users.quotaMode}>
            <Select id="quota-mode" name="mode" defaultValue="add">
              {MODES.map((mode) => <option key={mode} value={mode}>{t.users.quotaModes[mode]}</option>)}
            </Select>
          </Field>
          <Field id="quota-usd" label={t.users.quotaUsd} hint={fill(t.users.quotaUsdHint, { quota: formatNumber(usdToQuota(Number(usd) || 0)) })}>
            <Input id="quota-usd" type="number" min={0} step={0.01} required value={usd} onChange={(event) => setUsd(event.target.value)} aria-describedby="quota-usd-hint" />
          </Field>
          <Field id="quota-reason" label={t.users.reason} hint={t.users.reasonHint}>
            <Input id="quota-reason" name="reason" required maxLength={200} autoComplete="off" aria-describedby="quota-reason-hint" />
          </Field>
        </div>
        <ActionFeedback result={result} />
        <Button type="submit" disabled={pending}>{t.users.applyQuota}</Button>
      </form>
    </Card>
  );
}
