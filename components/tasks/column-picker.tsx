"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ADMIN_COLUMNS, TASK_COLUMNS, TASK_COLUMNS_COOKIE, type TaskColumn } from "./task-columns";
import { taskColumnLabel } from "./task-column-label";

/** A drop-down of checkboxes; the choice is stored in a cookie and the server renders it. */
export function ColumnPicker({ columns, admin }: { columns: TaskColumn[]; admin: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startRefresh] = useTransition();
  const available = TASK_COLUMNS.filter((column) => admin || !ADMIN_COLUMNS.includes(column));
  // Ticked at once; the server's render of the new columns follows.
  const [chosen, setChosen] = useState(columns);

  function toggle(column: TaskColumn, on: boolean) {
    const next = available.filter((name) => (name === column ? on : chosen.includes(name)));
    setChosen(next);
    document.cookie = `${TASK_COLUMNS_COOKIE}=${next.join(",")}; path=/; max-age=31536000; samesite=lax`;
    startRefresh(() => router.refresh());
  }

  return (
    <details className="relative">
      <summary className="inline-flex h-8 cursor-pointer list-none items-center rounded-md px-2.5 text-xs font-medium text-neutral-800 shadow-sm ring-1 ring-inset ring-neutral-300 hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-indigo-600">
        {t.tasks.columns}
      </summary>
      <fieldset aria-busy={pending} className="absolute right-0 z-10 mt-1 grid w-56 gap-1.5 rounded-lg border border-neutral-200 bg-surface p-3 shadow-lg">
        <legend className="sr-only">{t.tasks.columns}</legend>
        {available.map((column) => (
          <label key={column} className="flex items-center gap-2 text-sm text-neutral-700">
            <input type="checkbox" className="size-4 accent-indigo-600" checked={chosen.includes(column)} onChange={(event) => toggle(column, event.target.checked)} />
            {taskColumnLabel(t, column)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
