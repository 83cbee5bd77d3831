/** Shown while a portal page renders on the server. */
export function PageSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-4">
      <div className="h-7 w-48 rounded-md bg-neutral-200" />
      <div className="h-4 w-80 max-w-full rounded-md bg-neutral-200" />
      <div className="h-64 rounded-xl bg-neutral-200/70" />
    </div>
  );
}
