import type { ReactNode } from "react";

export function AuthCard({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <div className="w-full max-w-sm space-y-6 rounded-2xl border border-neutral-200 bg-surface p-8 shadow-sm">
      <div className="space-y-1.5">
        <h1 className="text-xl font-semibold tracking-tight text-neutral-900">{title}</h1>
        <p className="text-sm text-neutral-500">{description}</p>
      </div>
      {children}
    </div>
  );
}
