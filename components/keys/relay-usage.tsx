import { getMessages } from "@/lib/i18n/server";
import { Card } from "../ui/card";
import { CodeBlock } from "../ui/code-block";


/** How an external program calls the relay with a key (midjourney-proxy's API). */
export async function RelayUsage({ base }: { base: string }) {
  const t = await getMessages();
  return (
    <Card id="relay-usage" title={t.keys.usageTitle}>
      <div className="space-y-3 text-sm text-neutral-600">
        <p>{t.keys.usageBody}</p>
        <CodeBlock>{`curl -X POST ${base}/mj/submit/imagine \\
  -H "Authorization: Bearer sk-…" \\
  -H "Content-Type: application/json" \\
  -d '{"prompt": "a lighthouse at dusk --ar 3:2"}'

{"code": 1, "description": "Success", "result": "1712345678901234"}`}</CodeBlock>
        <p>{t.keys.usageFetch}</p>
        <CodeBlock>{`curl ${base}/mj/task/1712345678901234/fetch -H "Authorization: Bearer sk-…"`}</CodeBlock>
      </div>
    </Card>
  );
}
