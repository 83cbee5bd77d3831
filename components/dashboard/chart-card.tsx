import type { ReactNode } from "react";

/**
 * A chart with its title and, for screen readers and copy-paste, the same numbers as a
 * table (visually hidden).
 */
export function ChartCard({ id, title, columns, rows, empty, children }: { id: string; title: string; columns: [string, string]; rows: [string, string][]; empty?: string; children: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 rounded-xl border border-neutral-200 bg-surface p-4 shadow-sm">
      <figcaption id={`${id}-title`} className="mb-3 text-sm font-semibold text-neutral-900">{title}</figcaption>
      {rows.length ? children : <p className="py-10 text-center text-sm text-neutral-500">{empty}</p>}
      {rows.length ? (
        <table className="sr-only">
          <caption>{title}</caption>
          <thead>
            <tr><th scope="col">{columns[0]}</th><th scope="col">{columns[1]}</th></tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>)}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
