"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CHANNEL_STATUS } from "@/lib/channels/channel-status";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { callApi } from "../api-client";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useApiAction } from "../use-api-action";
import { channelBody, type Channel } from "./channel-types";

export function ChannelRowActions({ channel, onEdit }: { channel: Channel; onEdit: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<{ ok: boolean; message: string } | null>(null);
  const busy = pending || refreshing || testing;
  const enabled = channel.status === CHANNEL_STATUS.enabled;

  async function act(url: string, init: { method: string; body?: unknown }) {
    if (await run(url, init)) startRefresh(() => router.refresh());
  }

  async function runTest() {
    setTesting(true);
    setTest(null);
    const result = await callApi(`/api/channel/test/${channel.id}`);
    setTesting(false);
    setTest({ ok: result.success, message: result.message || t.common.requestFailed });
    startRefresh(() => router.refresh());
  }

  function remove() {
    if (window.confirm(fill(t.channels.confirmDelete, { name: channel.name }))) act(`/api/channel/${channel.id}`, { method: "DELETE" });
  }

  return (
    <div className="space-y-1.5">
      <div className="flex justify-end gap-1.5">
        <Button variant="secondary" size="sm" disabled={busy} onClick={runTest}>{t.channels.test}</Button>
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => act("/api/channel", { method: "PUT", body: channelBody(channel, { status: enabled ? 2 : 1 }) })}>
          {enabled ? t.channels.disable : t.channels.enable}
        </Button>
        <Button variant="secondary" size="sm" disabled={busy} onClick={onEdit}>{t.channels.edit}</Button>
        <Button variant="danger" size="sm" disabled={busy} onClick={remove}>{t.channels.delete}</Button>
      </div>
      {test ? (
        <p role="status" className={`max-w-xs text-right text-xs ${test.ok ? "text-emerald-700" : "text-red-700"}`}>{test.message}</p>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
