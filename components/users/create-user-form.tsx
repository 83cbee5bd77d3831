"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Field, Input, Select } from "../ui/input";
import { useApiAction } from "../use-api-action";

export function CreateUserForm({ groups }: { groups: string[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const [created, setCreated] = useState("");

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const username = String(form.get("username") ?? "").trim();
    setCreated("");
    const result = await run("/api/user/", {
      method: "POST",
      body: { username, password: String(form.get("password") ?? ""), group: String(form.get("group") ?? "").trim() || "default", quota: Number(form.get("quota") || 0) },
    });
    if (!result) return;
    setCreated(username);
    formElement.reset();
    startRefresh(() => router.refresh());
  }

  return (
    <Card title={t.users.createTitle}>
      <form onSubmit={create} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="user-username" label={t.users.username}>
            <Input id="user-username" name="username" required minLength={3} maxLength={32} autoComplete="off" />
          </Field>
          <Field id="user-password" label={t.users.password} hint={t.users.passwordHint}>
            <Input id="user-password" name="password" type="password" required minLength={8} autoComplete="new-password" aria-describedby="user-password-hint" />
          </Field>
          <Field id="user-group" label={t.users.group}>
            <Select id="user-group" name="group" defaultValue={groups.includes("default") ? "default" : groups[0]}>
              {groups.map((group) => <option key={group} value={group}>{group}</option>)}
            </Select>
          </Field>
          <Field id="user-quota" label={t.users.quota} hint={t.users.quotaHint}>
            <Input id="user-quota" name="quota" type="number" min={0} step={1} defaultValue={0} aria-describedby="user-quota-hint" />
          </Field>
        </div>
        <FormError message={error} />
        {created ? <p role="status" className="text-sm text-emerald-700">{fill(t.users.created, { name: created })}</p> : null}
        <Button type="submit" disabled={pending || refreshing}>{t.users.create}</Button>
      </form>
    </Card>
  );
}
