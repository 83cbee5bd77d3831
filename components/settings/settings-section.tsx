"use client";
import type { FormEvent, ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";

interface Props {
  id: string;
  title: string;
  description?: string;
  onSubmit: (form: HTMLFormElement) => void;
  state: { pending: boolean; error: string; saved: boolean };
  children: ReactNode;
}

/** One card of settings with its own Save. */
export function SettingsSection({ id, title, description, onSubmit, state, children }: Props) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(event.currentTarget);
  }

  return (
    <Card id={id} title={title} description={description}>
      <form onSubmit={submit} className="space-y-4">
        {children}
        <FormError message={state.error} />
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={state.pending}>{t.common.save}</Button>
          {state.saved ? <p role="status" className="text-sm text-emerald-700">{t.settings.saved}</p> : null}
        </div>
      </form>
    </Card>
  );
}
