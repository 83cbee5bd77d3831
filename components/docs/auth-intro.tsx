import type { Messages } from "@/lib/i18n/messages";
import { Card } from "../ui/card";

const codeBlock = "overflow-x-auto rounded-lg bg-neutral-900 p-4 font-mono text-xs leading-relaxed text-neutral-100";

/** The two ways to authenticate, the base URL and the raw document. */
export function AuthIntro({ base, userId, t }: { base: string; userId: number; t: Messages["docs"] }) {
  return (
    <Card
      title={t.authTitle}
      actions={<a href="/api/openapi.json" className="text-sm font-medium text-indigo-600 hover:underline">{t.raw} (/api/openapi.json)</a>}
    >
      <div className="space-y-4 text-sm text-neutral-600">
        <p>
          {t.baseUrl}: {base ? <code className="font-mono text-neutral-900">{base}</code> : t.baseUrlUnset}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="space-y-2">
            <h3 className="font-semibold text-neutral-900">{t.relayTitle}</h3>
            <p>{t.relayBody}</p>
            <pre className={codeBlock}>{"Authorization: Bearer sk-…\n# or\nmj-api-secret: sk-…"}</pre>
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold text-neutral-900">{t.managementTitle}</h3>
            <p>{t.managementBody}</p>
            <pre className={codeBlock}>{`Authorization: <access token>\nNew-Api-User: ${userId}`}</pre>
          </div>
        </div>
        <p>{t.envelopes}</p>
      </div>
    </Card>
  );
}
