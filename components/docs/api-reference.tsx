import type { openApiDocument } from "@/lib/openapi/document";
import { getMessages } from "@/lib/i18n/server";
import { AuthIntro } from "./auth-intro";
import { OperationCard, type Operation } from "./operation-card";

type Entry = { method: string; path: string; operation: Operation };

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Operations grouped by tag, in the document's order. */
function byTag(paths: ReturnType<typeof openApiDocument>["paths"]): [string, Entry[]][] {
  const groups = new Map<string, Entry[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, value] of Object.entries(methods)) {
      const operation = value as Operation;
      const tag = operation.tags[0] ?? "";
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return [...groups];
}

export async function ApiReference({ document, userId }: { document: ReturnType<typeof openApiDocument>; userId: number }) {
  const t = (await getMessages()).docs;
  const groups = byTag(document.paths);
  const tagName = (tag: string) => t.tags[tag] ?? tag;
  return (
    <div className="space-y-8">
      <AuthIntro base={document.servers[0]?.url ?? ""} userId={userId} t={t} />
      <nav aria-label={t.contents} className="flex flex-wrap gap-2">
        {groups.map(([tag, entries]) => (
          <a key={tag} href={`#${tagAnchor(tag)}`} className="rounded-full bg-surface px-3 py-1 text-sm text-neutral-700 ring-1 ring-neutral-200 hover:bg-neutral-50 hover:text-neutral-900">
            {tagName(tag)} <span className="tabular-nums text-neutral-500">{entries.length}</span>
          </a>
        ))}
      </nav>
      {groups.map(([tag, entries]) => (
        <section key={tag} id={tagAnchor(tag)} aria-labelledby={`${tagAnchor(tag)}-title`} className="scroll-mt-24 space-y-3">
          <h2 id={`${tagAnchor(tag)}-title`} className="text-lg font-semibold text-neutral-900">{tagName(tag)}</h2>
          {entries.map((entry) => <OperationCard key={`${entry.method} ${entry.path}`} {...entry} t={t} />)}
        </section>
      ))}
    </div>
  );
}
