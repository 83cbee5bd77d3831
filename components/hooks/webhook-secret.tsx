"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { CopyButton } from "../copy-button";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { useApiAction } from "../use-api-action";

const WEBHOOK_URL = "/api/user/self/webhook";

/** The secret that signs callbacks: hidden until revealed, rotated after a confirm. */
export function WebhookSecret() {
  const { t } = useI18n();
  const { run, pending, error } = useApiAction();
  const [secret, setSecret] = useState("");
  const [rotated, setRotated] = useState(false);

  async function load(method: "GET" | "POST") {
    const result = await run<{ secret: string }>(WEBHOOK_URL, { method });
    if (!result?.data) return;
    setSecret(result.data.secret);
    setRotated(method === "POST");
  }

  function rotate() {
    if (window.confirm(t.hooks.confirmRotate)) load("POST");
  }

  return (
    <Card title={t.hooks.secretTitle} description={t.hooks.secretBody}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-neutral-100 px-2 py-1 font-mono text-xs text-neutral-900">{secret || `•••••••• (${t.hooks.hidden})`}</code>
          {secret ? (
            <>
              <CopyButton text={secret} />
              <Button variant="ghost" size="sm" onClick={() => setSecret("")}>{t.hooks.hide}</Button>
            </>
          ) : (
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => load("GET")}>{t.hooks.reveal}</Button>
          )}
          <Button variant="danger" size="sm" disabled={pending} onClick={rotate}>{t.hooks.rotate}</Button>
        </div>
        {rotated && secret ? <p role="status" className="text-sm text-emerald-700">{t.hooks.rotated}</p> : null}
        <FormError message={error} />
      </div>
    </Card>
  );
}
