"use client";
import { useState, useTransition, type FormEvent } from "react";
import { saveUserProfile } from "@/app/admin/users/actions";
import { ROLE } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ActionFeedback, type ActionFeedbackResult } from "../ui/action-feedback";
import { Field, Input, Select } from "../ui/input";

interface Props {
  user: { id: number; displayName: string; group: string; role: number };
  groups: string[];
  /** Only root may make admins. */
  root: boolean;
}

export function UserProfileForm({ user, groups, root }: Props) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionFeedbackResult>(null);
  // A user already in a group that lost its ratio keeps it listed, so the form still shows the truth.
  const choices = groups.includes(user.group) ? groups : [user.group, ...groups];

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      setResult(await saveUserProfile({
        id: user.id,
        displayName: String(form.get("display_name") ?? ""),
        group: String(form.get("group") ?? ""),
        role: Number(form.get("role") ?? ROLE.user) as 1 | 10,
        password: String(form.get("password") ?? ""),
      }));
    });
  }

  return (
    <Card id="user-profile" title={t.users.profileTitle}>
      <form onSubmit={save} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="user-display-name" label={t.users.displayName}>
            <Input id="user-display-name" name="display_name" maxLength={64} defaultValue={user.displayName} autoComplete="off" />
          </Field>
          <Field id="user-group" label={t.users.group} hint={t.users.groupHint}>
            <Select id="user-group" name="group" defaultValue={user.group} aria-describedby="user-group-hint">
              {choices.map((group) => <option key={group} value={group}>{group}</option>)}
            </Select>
          </Field>
          <Field id="user-role" label={t.users.role}>
            <Select id="user-role" name="role" defaultValue={String(user.role)} disabled={!root}>
              <option value={ROLE.user}>{t.users.roleNames[ROLE.user]}</option>
              <option value={ROLE.admin}>{t.users.roleNames[ROLE.admin]}</option>
            </Select>
            {root ? null : <input type="hidden" name="role" value={user.role} />}
          </Field>
          <Field id="user-password" label={t.users.newPassword} hint={t.users.newPasswordHint}>
            <Input id="user-password" name="password" type="password" minLength={8} autoComplete="new-password" aria-describedby="user-password-hint" />
          </Field>
        </div>
        <ActionFeedback result={result} />
        <Button type="submit" disabled={pending}>{t.common.save}</Button>
      </form>
    </Card>
  );
}
