import type { ReactNode } from "react";

/** `id` names the section by its title, so it can be found as a region. */
export function Card({ id, title, description, actions, className = "", children }: { id?: string; title?: ReactNode; description?: ReactNode; actions?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id && title ? `${id}-title` : undefined} className={`min-w-0 rounded-xl border border-neutral-200 bg-surface shadow-sm ${className}`}>
      {title || description ? (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-neutral-100 px-5 py-4">
          <div className="space-y-1">
            {title ? <h2 id={id ? `${id}-title` : undefined} className="text-base font-semibold text-neutral-900">{title}</h2> : null}
            {description ? <p className="text-sm text-neutral-500">{description}</p> : null}
          </div>
          {actions}
        </header>
      ) : null}
      <div className="p-5">{children}</div>
    </section>
  );
}
