"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./ui/button";

function copyWithSelection(text: string) {
  const area = document.createElement("textarea");
  area.value = text;
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

export function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

  async function copy() {
    // The Clipboard API exists only in secure contexts; self-hosted gateways are often plain http.
    if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
    else copyWithSelection(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <Button variant="secondary" size="sm" onClick={copy}>
      {copied ? t.common.copied : t.common.copy}
    </Button>
  );
}
