"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { useSubmitTask } from "../tasks/use-submit-task";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Field, Select, Textarea } from "../ui/input";
import { ImagePicker } from "./image-picker";

export function ImagineForm({ className = "" }: { className?: string }) {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail, setError } = useSubmitTask();
  const [references, setReferences] = useState<string[]>([]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (references.length > 5) return setError(t.create.tooManyReferences);
    const form = new FormData(event.currentTarget);
    submit("imagine", {
      prompt: String(form.get("prompt") ?? ""),
      botType: String(form.get("botType") ?? "MID_JOURNEY"),
      ...(references.length ? { base64Array: references } : {}),
    });
  }

  return (
    <Card title={t.create.imagine} description={t.create.imagineHint} className={className}>
      <form onSubmit={send} className="space-y-4">
        <Field id="imagine-prompt" label={t.create.prompt}>
          <Textarea id="imagine-prompt" name="prompt" rows={4} required placeholder={t.create.promptPlaceholder} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <ImagePicker id="imagine-references" label={t.create.referenceImages} hint={t.create.referenceHint} multiple onChange={setReferences} onError={setError} />
          <Field id="imagine-bot" label={t.create.botType}>
            <Select id="imagine-bot" name="botType" defaultValue="MID_JOURNEY">
              <option value="MID_JOURNEY">{t.create.midjourney}</option>
              <option value="NIJI_JOURNEY">{t.create.niji}</option>
            </Select>
          </Field>
        </div>
        <FormError message={error} detail={errorDetail} />
        <Button type="submit" disabled={pending}>{t.create.imagine}</Button>
      </form>
    </Card>
  );
}
