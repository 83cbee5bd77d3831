"use client";
import { useState, useTransition } from "react";
import { batchChannels, testEveryChannel } from "@/app/admin/channels/actions";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { ActionFeedback, type ActionFeedbackResult } from "../ui/action-feedback";
import { Input } from "../ui/input";

/** Batch work on the chosen channels, and Test all (latency lands in the table). */
export function ChannelBatchBar({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionFeedbackResult>(null);
  const [tag, setTag] = useState("");

  function run(op: "enable" | "disable" | "delete" | "tag") {
    if (op === "delete" && !window.confirm(fill(t.channels.confirmBatchDelete, { count: selected.length }))) return;
    startTransition(async () => {
      const answer = await batchChannels({ ids: selected, op, tag });
      setResult(answer);
      if (answer.ok) onDone();
    });
  }

  function testAll() {
    startTransition(async () => setResult(await testEveryChannel()));
  }

  const none = selected.length === 0;
  return (
    <div className="space-y-2 rounded-xl border border-neutral-200 bg-surface p-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="mr-1 text-sm text-neutral-600" aria-live="polite">{fill(t.channels.selected, { count: selected.length })}</span>
        <Button variant="secondary" size="sm" disabled={pending || none} onClick={() => run("enable")}>{t.channels.batchEnable}</Button>
        <Button variant="secondary" size="sm" disabled={pending || none} onClick={() => run("disable")}>{t.channels.batchDisable}</Button>
        <Button variant="danger" size="sm" disabled={pending || none} onClick={() => run("delete")}>{t.channels.batchDelete}</Button>
        <span className="flex items-center gap-1">
          <Input aria-label={t.channels.tag} value={tag} onChange={(event) => setTag(event.target.value)} maxLength={64} className="h-8 w-32" placeholder={t.channels.tag} />
          <Button variant="secondary" size="sm" disabled={pending || none} onClick={() => run("tag")}>{t.channels.batchTag}</Button>
        </span>
        <Button size="sm" className="ml-auto" disabled={pending} onClick={testAll}>{t.channels.testAll}</Button>
      </div>
      <ActionFeedback result={result} />
    </div>
  );
}
