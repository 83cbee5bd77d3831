"use client";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "../ui/badge";
import { statusTone } from "./task-status";

export function TaskStatusBadge({ status, failReason }: { status: string; failReason?: string | null }) {
  const { t } = useI18n();
  return (
    <Badge tone={statusTone(status)} title={failReason || undefined}>
      {t.status[status] ?? (status || "—")}
    </Badge>
  );
}
