/** The logo mark and name; the name hides on phones where space is short. */
export function Brand({ name, hideNameOnPhone = false }: { name: string; hideNameOnPhone?: boolean }) {
  return (
    <span className="flex items-center gap-2 text-sm font-semibold text-neutral-900">
      <span aria-hidden className="grid size-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">MJ</span>
      <span className={hideNameOnPhone ? "hidden sm:inline" : undefined}>{name}</span>
    </span>
  );
}
