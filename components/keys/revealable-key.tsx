"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { withKeyPrefix } from "@/lib/tokens/key-prefix";
import { CopyButton } from "../copy-button";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useApiAction } from "../use-api-action";

/** The masked key; Reveal asks the server for the full one. */
export function RevealableKey({ id, masked }: { id: number; masked: string }) {
  const { t } = useI18n();
  const { run, pending, error } = useApiAction();
  const [full, setFull] = useState("");

  async function reveal() {
    const result = await run<{ key: string }>(`/api/token/${id}/key`, { method: "POST" });
    if (result?.data) setFull(withKeyPrefix(result.data.key));
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all font-mono text-xs text-neutral-800">{full || withKeyPrefix(masked)}</code>
        {full ? (
          <>
            <CopyButton text={full} />
            <Button variant="ghost" size="sm" onClick={() => setFull("")}>{t.keys.hide}</Button>
          </>
        ) : (
          <Button variant="ghost" size="sm" onClick={reveal} disabled={pending}>{t.keys.reveal}</Button>
        )}
      </div>
      <FormError message={error} />
    </div>
  );
}
