import type { tokenOutput } from "@/lib/tokens/tokens";
import { TOKEN_STATUS } from "@/lib/tokens/token-status";
import { formatQuota } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { LocalTime } from "../local-time";
import { Badge } from "../ui/badge";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { KeyRowActions } from "./key-row-actions";
import { RevealableKey } from "./revealable-key";

type Key = ReturnType<typeof tokenOutput>;

// tokenOutput types the row's plain columns loosely; these are their real types.
const view = (key: Key) => ({ ...key, id: Number(key.id), name: String(key.name), status: Number(key.status), unlimited: Boolean(key.unlimited_quota) });

const STATUS_TONES = { 1: "success", 2: "neutral", 3: "warning", 4: "warning" } as const;

export async function KeyTable({ keys }: { keys: Key[] }) {
  const t = await getMessages();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.keys.name}</Th>
          <Th>{t.keys.key}</Th>
          <Th>{t.keys.status}</Th>
          <Th className="text-right">{t.keys.remaining}</Th>
          <Th className="text-right">{t.keys.used}</Th>
          <Th>{t.keys.expires}</Th>
          <Th className="text-right">{t.common.actions}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {keys.length === 0 ? <EmptyRow colSpan={7}>{t.keys.empty}</EmptyRow> : null}
        {keys.map(view).map((key) => (
          <tr key={key.id}>
            <Td className="font-medium text-neutral-900">{key.name}</Td>
            <Td><RevealableKey id={key.id} masked={key.key} /></Td>
            <Td>
              <Badge tone={STATUS_TONES[key.status as keyof typeof STATUS_TONES] ?? "neutral"}>{t.keys.statusNames[key.status] ?? key.status}</Badge>
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{key.unlimited ? t.keys.unlimited : formatQuota(key.remain_quota)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatQuota(key.used_quota)}</Td>
            <Td>{key.expired_time === -1 ? t.common.never : <LocalTime ms={key.expired_time * 1000} />}</Td>
            <Td><KeyRowActions id={key.id} name={key.name} enabled={key.status === TOKEN_STATUS.enabled} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
