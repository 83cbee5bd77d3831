import { getMessages } from "@/lib/i18n/server";
import { Card } from "../ui/card";
import { CodeBlock } from "../ui/code-block";


const VERIFY = `import { createHmac, timingSafeEqual } from "node:crypto";

function isFromGateway(secret, headers, rawBody) {
  const timestamp = headers["x-mj-timestamp"];
  const expected = createHmac("sha256", secret).update(\`\${timestamp}.\${rawBody}\`).digest();
  const given = Buffer.from(headers["x-mj-signature"] ?? "", "hex");
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}`;

/** What a notify-hook callback looks like and how to check its signature. */
export async function HookGuide({ base }: { base: string }) {
  const t = await getMessages();
  const headers = [
    ["X-MJ-Event-Id", t.hooks.headerEventId],
    ["X-MJ-Timestamp", t.hooks.headerTimestamp],
    ["X-MJ-Signature", t.hooks.headerSignature],
  ];
  return (
    <Card title={t.hooks.howTitle}>
      <div className="space-y-3 text-sm text-neutral-600">
        <p>{t.hooks.howBody}</p>
        <CodeBlock>{`curl -X POST ${base}/mj/submit/imagine \\
  -H "Authorization: Bearer sk-…" \\
  -H "Content-Type: application/json" \\
  -d '{"prompt": "a lighthouse at dusk", "notifyHook": "https://your-server.example.com/mj-callback"}'`}</CodeBlock>
        <p>{t.hooks.headersTitle}</p>
        <dl className="divide-y divide-neutral-100 rounded-lg ring-1 ring-neutral-200">
          {headers.map(([name, text]) => (
            <div key={name} className="grid gap-1 px-3 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3">
              <dt><code className="font-mono text-xs text-neutral-900">{name}</code></dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p>{t.hooks.verifyTitle}</p>
        <CodeBlock>{VERIFY}</CodeBlock>
      </div>
    </Card>
  );
}
