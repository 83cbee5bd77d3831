import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A table in a card that scrolls sideways when it is wider than the screen. The scroller takes
 * focus so keyboard users can scroll it; `label` names it as a region.
 */
export function Table({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div
      tabIndex={0}
      role={label ? "region" : undefined}
      aria-label={label}
      className="overflow-x-auto rounded-xl border border-neutral-200 bg-surface shadow-sm focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <table className="min-w-full divide-y divide-neutral-200 text-sm">{children}</table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`whitespace-nowrap bg-neutral-50 px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-neutral-600 ${className}`} {...props} />;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-4 py-3 align-middle text-neutral-700 ${className}`} {...props} />;
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-4 py-10 text-left text-sm text-neutral-500 sm:text-center">{children}</td>
    </tr>
  );
}
