import type { Messages } from "@/lib/i18n/en";
import { Card } from "../ui/card";
import { CodeBlock } from "../ui/code-block";


/** The two ways to authenticate, the base URL and the raw document. */
export function AuthIntro({ base, userId, t }: { base: string; userId: number; t: Messages["docs"] }) {
  return (
    <Card
      title={t.authTitle}
      actions={<a href="/api/openapi.json" className="text-sm font-medium text-indigo-700 hover:underline">{t.raw} (/api/openapi.json)</a>}
    >
      <div className="space-y-4 text-sm text-neutral-600">
        <p>
          {t.baseUrl}: {base ? <code className="font-mono text-neutral-900">{base}</code> : t.baseUrlUnset}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="space-y-2">
            <h3 className="font-semibold text-neutral-900">{t.relayTitle}</h3>
            <p>{t.relayBody}</p>
            <CodeBlock>{"Authorization: Bearer sk-…\n# or\nmj-api-secret: sk-…"}</CodeBlock>
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold text-neutral-900">{t.managementTitle}</h3>
            <p>{t.managementBody}</p>
            <CodeBlock>{`Authorization: <access token>\nNew-Api-User: ${userId}`}</CodeBlock>
          </div>
        </div>
        <p>{t.envelopes}</p>
      </div>
    </Card>
  );
}
