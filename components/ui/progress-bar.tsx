export function ProgressBar({ value, label, tone = "accent", className = "" }: { value: number; label: string; tone?: "accent" | "success" | "danger"; className?: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const fill = { accent: "bg-indigo-600", success: "bg-emerald-500", danger: "bg-red-400" }[tone];
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <div role="progressbar" aria-label={label} aria-valuenow={clamped} aria-valuemin={0} aria-valuemax={100} className="h-1.5 w-full min-w-16 overflow-hidden rounded-full bg-neutral-200">
        <div className={`h-full rounded-full transition-[width] duration-500 ${fill}`} style={{ width: `${clamped}%` }} />
      </div>
      <span className="w-9 shrink-0 text-right text-xs tabular-nums text-neutral-500">{clamped}%</span>
    </div>
  );
}
