import type { ReactNode } from "react";

/**
 * A dark code sample in either theme (zinc is not swapped by the dark palette). It scrolls
 * sideways on narrow screens, so it takes focus: keyboard users can scroll it too.
 */
export function CodeBlock({ children }: { children: ReactNode }) {
  return (
    <pre tabIndex={0} className="overflow-x-auto rounded-lg bg-zinc-900 p-4 font-mono text-xs leading-relaxed text-zinc-100 ring-1 ring-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-500">
      {children}
    </pre>
  );
}
