"use client";
import type { ReactNode } from "react";

/** A compact select for the header's preferences (language, theme). */
export function HeaderSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="h-8 w-auto rounded-md border-0 bg-transparent py-0 pl-2 pr-7 text-sm text-neutral-600 ring-1 ring-inset ring-neutral-200 hover:bg-neutral-50 focus:ring-2 focus:ring-indigo-600"
    >
      {children}
    </select>
  );
}
