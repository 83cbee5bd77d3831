"use client";
import { useState, useTransition, type FormEvent } from "react";
import { updateKey } from "@/app/(portal)/keys/actions";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ActionFeedback, type ActionFeedbackResult } from "../ui/action-feedback";
import { Checkbox, Field, Input, Select, Textarea } from "../ui/input";

interface Props {
  keyData: { id: number; name: string; remain_quota: number; unlimited_quota: boolean; expired_time: number; model_limits: string; allow_ips: string; group: string };
  models: { value: string; label: string }[];
  /** The groups the owner may use (their own first). */
  groups: string[];
  ownGroup: string;
}

const localDay = (seconds: number) => {
  if (seconds === -1) return "";
  const date = new Date(seconds * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
};
const endOfLocalDay = (value: string) => Math.floor(new Date(`${value}T23:59:59`).getTime() / 1000);

export function KeyEditForm({ keyData, models, groups, ownGroup }: Props) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [unlimited, setUnlimited] = useState(keyData.unlimited_quota);
  const [result, setResult] = useState<ActionFeedbackResult>(null);
  const allowed = new Set(keyData.model_limits.split(",").filter(Boolean));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.getAll("models").map(String);
    const expiry = String(form.get("expiry") ?? "");
    startTransition(async () => {
      setResult(await updateKey({
        id: keyData.id,
        name: String(form.get("name") ?? ""),
        remain_quota: unlimited ? keyData.remain_quota : Number(form.get("quota") || 0),
        unlimited_quota: unlimited,
        expired_time: expiry ? endOfLocalDay(expiry) : -1,
        model_limits_enabled: chosen.length > 0,
        model_limits: chosen.join(","),
        allow_ips: String(form.get("ips") ?? "").split(/\s+/).filter(Boolean).join("\n"),
        group: String(form.get("group") ?? ""),
      }));
    });
  }

  return (
    <Card id="key-edit" title={fill(t.keys.editTitle, { name: keyData.name })} description={t.keys.editSubtitle}>
      <form onSubmit={save} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="key-name" label={t.keys.name}>
            <Input id="key-name" name="name" required maxLength={50} defaultValue={keyData.name} autoComplete="off" />
          </Field>
          <Field id="key-group" label={t.keys.group} hint={t.keys.groupHint}>
            <Select id="key-group" name="group" defaultValue={keyData.group} aria-describedby="key-group-hint">
              <option value="">{fill(t.keys.ownGroup, { group: ownGroup })}</option>
              {groups.map((group) => <option key={group} value={group}>{group}</option>)}
            </Select>
          </Field>
          <Field id="key-quota" label={t.keys.quota} hint={t.keys.quotaHint}>
            <Input id="key-quota" name="quota" type="number" min={0} step={1} defaultValue={keyData.remain_quota} disabled={unlimited} aria-describedby="key-quota-hint" />
          </Field>
          <div className="flex items-center sm:pt-7">
            <Checkbox id="key-unlimited" label={t.keys.unlimited} checked={unlimited} onChange={(event) => setUnlimited(event.target.checked)} />
          </div>
          <Field id="key-expiry" label={t.keys.expiry} hint={t.keys.expiryHint}>
            <Input id="key-expiry" name="expiry" type="date" defaultValue={localDay(keyData.expired_time)} aria-describedby="key-expiry-hint" />
          </Field>
          <Field id="key-ips" label={t.keys.ips} hint={t.keys.ipsHint}>
            <Textarea id="key-ips" name="ips" rows={3} defaultValue={keyData.allow_ips} aria-describedby="key-ips-hint" className="font-mono" />
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-neutral-700">{t.keys.modelsLimit}</legend>
          <p className="text-xs text-neutral-500">{t.keys.modelsHint}</p>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {models.map((model) => (
              <Checkbox key={model.value} id={`key-model-${model.value}`} name="models" value={model.value} label={model.label} defaultChecked={allowed.has(model.value)} />
            ))}
          </div>
        </fieldset>
        <ActionFeedback result={result} />
        <Button type="submit" disabled={pending}>{t.common.save}</Button>
      </form>
    </Card>
  );
}
