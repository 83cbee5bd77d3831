import Link from "next/link";
import type { userOutput } from "@/lib/users/user-select";
import { hasRole } from "@/lib/auth/roles";
import { formatQuota } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { Badge } from "../ui/badge";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { UserRowActions } from "./user-row-actions";

type User = ReturnType<typeof userOutput>;

const ROLE_TONES = { 1: "neutral", 10: "accent", 100: "warning" } as const;
const STATUS_TONES = { 1: "success", 2: "neutral" } as const;

export async function UserTable({ users, viewer }: { users: User[]; viewer: { id: number; role: number } }) {
  const t = await getMessages();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.users.id}</Th>
          <Th>{t.users.username}</Th>
          <Th className="hidden md:table-cell">{t.users.displayName}</Th>
          <Th>{t.users.role}</Th>
          <Th className="hidden md:table-cell">{t.users.group}</Th>
          <Th>{t.users.status}</Th>
          <Th className="text-right">{t.users.balance}</Th>
          <Th className="hidden md:table-cell text-right">{t.users.used}</Th>
          <Th className="text-right">{t.common.actions}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {users.length === 0 ? <EmptyRow colSpan={9}>{t.users.empty}</EmptyRow> : null}
        {users.map((user) => (
          <tr key={user.id}>
            <Td className="tabular-nums">{user.id}</Td>
            <Td className="font-medium text-neutral-900">
              <Link href={`/admin/users/${user.id}`} className="hover:underline">{user.username}</Link>
              {user.id === viewer.id ? <span className="ml-1.5 text-xs font-normal text-neutral-500">({t.users.you})</span> : null}
            </Td>
            <Td className="hidden md:table-cell max-w-40 break-words">{user.display_name || "—"}</Td>
            <Td><Badge tone={ROLE_TONES[user.role as keyof typeof ROLE_TONES] ?? "neutral"}>{t.users.roleNames[user.role] ?? user.role}</Badge></Td>
            <Td className="hidden md:table-cell max-w-32 break-words">{user.group}</Td>
            <Td><Badge tone={STATUS_TONES[user.status as keyof typeof STATUS_TONES] ?? "neutral"}>{t.users.statusNames[user.status] ?? user.status}</Badge></Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatQuota(user.quota)}</Td>
            <Td className="hidden md:table-cell whitespace-nowrap text-right tabular-nums">{formatQuota(user.used_quota)}</Td>
            <Td><UserRowActions user={{ id: user.id, username: user.username, role: user.role, status: user.status }} root={hasRole(viewer.role, "root")} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
