/** The sentence saying what went wrong; `detail` is the server's own words, kept for reference. */
export function FormError({ message, detail }: { message: string; detail?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-inset ring-red-200">
      <p>{message}</p>
      {detail && detail !== message ? <p className="mt-0.5 break-words text-xs text-red-700/90">{detail}</p> : null}
    </div>
  );
}
