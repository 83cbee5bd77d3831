import { getMessages } from "@/lib/i18n/server";
import { Card } from "../ui/card";

const codeBlock = "overflow-x-auto rounded-lg bg-neutral-900 p-4 font-mono text-xs leading-relaxed text-neutral-100";

/** How an external program calls the relay with a key (midjourney-proxy's API). */
export async function RelayUsage({ base }: { base: string }) {
  const t = await getMessages();
  return (
    <Card title={t.keys.usageTitle}>
      <div className="space-y-3 text-sm text-neutral-600">
        <p>{t.keys.usageBody}</p>
        <pre className={codeBlock}>{`curl -X POST ${base}/mj/submit/imagine \\
  -H "Authorization: Bearer sk-…" \\
  -H "Content-Type: application/json" \\
  -d '{"prompt": "a lighthouse at dusk --ar 3:2"}'

{"code": 1, "description": "Success", "result": "1712345678901234"}`}</pre>
        <p>{t.keys.usageFetch}</p>
        <pre className={codeBlock}>{`curl ${base}/mj/task/1712345678901234/fetch -H "Authorization: Bearer sk-…"`}</pre>
      </div>
    </Card>
  );
}
