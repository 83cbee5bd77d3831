"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ROLE, USER_STATUS } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Input } from "../ui/input";
import { useApiAction } from "../use-api-action";

interface Props {
  user: { id: number; username: string; role: number; status: number; group: string };
  /** Only root promotes and demotes. */
  root: boolean;
}

export function UserRowActions({ user, root }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const [editing, setEditing] = useState<"quota" | "group" | null>(null);
  const busy = pending || refreshing;
  const enabled = user.status === USER_STATUS.enabled;

  async function act(body: Record<string, unknown>, method = "POST", url = "/api/user/manage") {
    if (!(await run(url, { method, body: { id: user.id, ...body } }))) return;
    setEditing(null);
    startRefresh(() => router.refresh());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (editing === "quota") act({ action: "add_quota", mode: "add", value: Number(form.get("value") || 0) });
    else act({ group: String(form.get("group") ?? "").trim() }, "PUT", "/api/user/");
  }

  function remove() {
    if (window.confirm(fill(t.users.confirmDelete, { name: user.username }))) act({ action: "delete" });
  }

  const inputId = `user-${user.id}-${editing}`;
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap justify-end gap-1.5">
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => act({ action: enabled ? "disable" : "enable" })}>
          {enabled ? t.users.disable : t.users.enable}
        </Button>
        {editing !== "quota" ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => setEditing("quota")}>{t.users.addQuota}</Button> : null}
        {editing !== "group" ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => setEditing("group")}>{t.users.editGroup}</Button> : null}
        {root && user.role < ROLE.admin ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => act({ action: "promote" })}>{t.users.promote}</Button> : null}
        {root && user.role === ROLE.admin ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => act({ action: "demote" })}>{t.users.demote}</Button> : null}
        <Button variant="danger" size="sm" disabled={busy} onClick={remove}>{t.users.delete}</Button>
      </div>
      {editing ? (
        <form key={editing} onSubmit={submit} className="flex flex-wrap items-center justify-end gap-1.5">
          <label htmlFor={inputId} className="text-xs text-neutral-600">{editing === "quota" ? t.users.amount : fill(t.users.groupOf, { name: user.username })}</label>
          {editing === "quota" ? (
            <Input id={inputId} name="value" type="number" required min={1} step={1} defaultValue={500000} className="h-8 w-32" autoFocus />
          ) : (
            <Input id={inputId} name="group" required maxLength={64} defaultValue={user.group} className="h-8 w-32" autoFocus />
          )}
          <Button type="submit" size="sm" disabled={busy}>{editing === "quota" ? t.users.addQuota : t.common.save}</Button>
          <Button variant="ghost" size="sm" onClick={() => setEditing(null)}>{t.common.cancel}</Button>
        </form>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
