/** One figure of the dashboard's top row. */
export function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-xl border border-neutral-200 bg-surface px-4 py-3 shadow-sm sm:px-5 sm:py-4">
      <dt className="text-sm text-neutral-500">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums tracking-tight text-neutral-900 sm:text-2xl">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-neutral-500">{detail}</dd> : null}
    </div>
  );
}
