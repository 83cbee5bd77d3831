import type { Messages } from "@/lib/i18n/en";
import { Badge, type BadgeTone } from "../ui/badge";
import { FieldTable } from "./field-table";
import { bodyRows, fieldRow, type JsonSchema } from "./schema-fields";

export interface Operation {
  summary: string;
  tags: string[];
  description: string;
  parameters: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, { description: string }>;
}

const METHOD_TONES: Record<string, BadgeTone> = { get: "success", post: "accent", put: "warning", delete: "danger" };

export const operationAnchor = (method: string, path: string) => `${method}${path}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "");

/** The document says "Access: admin." (or "API key", "public" …); the key names it in the dictionary. */
function accessKey(description: string): string {
  const access = /^Access: (.+)\.$/.exec(description)?.[1] ?? description;
  return access === "API key" ? "relay" : access;
}

export function OperationCard({ method, path, operation, t }: { method: string; path: string; operation: Operation; t: Messages["docs"] }) {
  const access = accessKey(operation.description);
  const parameters = operation.parameters.map((parameter) => ({ ...fieldRow(parameter.name, parameter.schema, parameter.required, t), in: parameter.in }));
  const body = operation.requestBody?.content["application/json"].schema;
  return (
    // Closed by default: the page lists every endpoint at a glance and opens the one you need.
    <details id={operationAnchor(method, path)} className="group scroll-mt-24 rounded-xl border border-neutral-200 bg-surface shadow-sm">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-2 rounded-xl px-5 py-3 hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-indigo-600 group-open:rounded-b-none group-open:border-b group-open:border-neutral-100">
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 text-neutral-500 transition-transform group-open:rotate-90">
          <path d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 0 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
        </svg>
        <h3 className="flex flex-wrap items-center gap-3">
          <Badge tone={METHOD_TONES[method] ?? "neutral"}>{method.toUpperCase()}</Badge>
          <code className="break-all font-mono text-sm font-semibold text-neutral-900">{path}</code>
        </h3>
        <span className="text-sm text-neutral-600">{operation.summary}</span>
        <span className="ml-auto text-xs text-neutral-500">
          {t.access}: <span className="font-medium text-neutral-800">{t.accessNames[access] ?? access}</span>
        </span>
      </summary>
      <div className="space-y-4 p-5">
        {parameters.length ? (
          <section className="space-y-2">
            <h4 className="text-xs font-semibold uppercase tracking-wide text-neutral-500">{t.parameters}</h4>
            <FieldTable rows={parameters} t={t} location />
          </section>
        ) : null}
        {body ? (
          <section className="space-y-2">
            <h4 className="text-xs font-semibold uppercase tracking-wide text-neutral-500">{t.requestBody} <span className="font-normal normal-case">(application/json)</span></h4>
            <FieldTable rows={bodyRows(body, t)} t={t} />
          </section>
        ) : null}
        {!parameters.length && !body ? <p className="text-sm text-neutral-500">{t.noInput}</p> : null}
        <p className="text-xs text-neutral-500">
          {t.responses}:{" "}
          {Object.entries(operation.responses).map(([status, response], index) => (
            <span key={status}>{index ? " · " : ""}<span className="font-mono text-neutral-700">{status}</span> {response.description}</span>
          ))}
        </p>
      </div>
    </details>
  );
}
