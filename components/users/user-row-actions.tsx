"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ROLE, USER_STATUS } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button, buttonClass } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useApiAction } from "../use-api-action";

interface Props {
  user: { id: number; username: string; role: number; status: number };
  /** Only root promotes and demotes. */
  root: boolean;
}

/** Quick actions of a row; profile, group, password and balance are on the user's page. */
export function UserRowActions({ user, root }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const busy = pending || refreshing;
  const enabled = user.status === USER_STATUS.enabled;

  async function act(action: string) {
    if (await run("/api/user/manage", { method: "POST", body: { id: user.id, action } })) startRefresh(() => router.refresh());
  }

  function remove() {
    if (window.confirm(fill(t.users.confirmDelete, { name: user.username }))) act("delete");
  }

  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap justify-end gap-1.5">
        <Link href={`/admin/users/${user.id}`} className={buttonClass("secondary", "sm")}>{t.users.edit}</Link>
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => act(enabled ? "disable" : "enable")}>
          {enabled ? t.users.disable : t.users.enable}
        </Button>
        {root && user.role < ROLE.admin ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => act("promote")}>{t.users.promote}</Button> : null}
        {root && user.role === ROLE.admin ? <Button variant="secondary" size="sm" disabled={busy} onClick={() => act("demote")}>{t.users.demote}</Button> : null}
        <Button variant="danger" size="sm" disabled={busy} onClick={remove}>{t.users.delete}</Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
