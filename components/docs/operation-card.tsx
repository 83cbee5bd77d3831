import type { Messages } from "@/lib/i18n/messages";
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
    <article id={operationAnchor(method, path)} className="scroll-mt-24 rounded-xl border border-neutral-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-100 px-5 py-3">
        <h3 className="flex flex-wrap items-center gap-3">
          <Badge tone={METHOD_TONES[method] ?? "neutral"}>{method.toUpperCase()}</Badge>
          <code className="break-all font-mono text-sm font-semibold text-neutral-900">{path}</code>
        </h3>
        <span className="text-sm text-neutral-600">{operation.summary}</span>
        <span className="ml-auto text-xs text-neutral-500">
          {t.access}: <span className="font-medium text-neutral-800">{t.accessNames[access] ?? access}</span>
        </span>
      </header>
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
    </article>
  );
}
