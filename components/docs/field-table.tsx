import type { Messages } from "@/lib/i18n/en";
import { Table, Td, Th } from "../ui/table";
import type { FieldRow } from "./schema-fields";

/** Parameters or body properties; `location` adds the In column (path, query). */
export function FieldTable({ rows, t, location }: { rows: (FieldRow & { in?: string })[]; t: Messages["docs"]; location?: boolean }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.name}</Th>
          {location ? <Th>{t.in}</Th> : null}
          <Th>{t.type}</Th>
          <Th>{t.required}</Th>
          <Th>{t.values}</Th>
          <Th>{t.description}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {rows.map((row) => (
          <tr key={`${row.in ?? ""}${row.name}`}>
            <Td className="whitespace-nowrap font-mono text-xs font-medium text-neutral-900">{row.name}</Td>
            {location ? <Td className="text-xs">{row.in}</Td> : null}
            <Td className="whitespace-nowrap font-mono text-xs">{row.type}</Td>
            <Td className="text-xs">{row.required ? <span className="font-medium text-neutral-900">{t.yes}</span> : t.no}</Td>
            <Td className="max-w-56">
              <div className="flex flex-wrap gap-1">
                {row.values.map((value) => <code key={value} className="rounded bg-neutral-100 px-1.5 py-0.5 font-mono text-xs text-neutral-800">{value}</code>)}
              </div>
            </Td>
            <Td className="min-w-48 max-w-md break-words text-xs text-neutral-600">{row.description}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
