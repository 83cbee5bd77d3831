"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { ImagePicker } from "../create/image-picker";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Field, Textarea } from "../ui/input";
import { useSubmitTask } from "./use-submit-task";

/** A task in MODAL waits for this: the prompt (and, for a region edit, a mask) of the action that opened it. */
export function ModalForm({ task }: { task: Pick<TaskView, "mjId" | "prompt" | "action" | "imageUrl"> }) {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail, setError } = useSubmitTask();
  const [mask, setMask] = useState<string[]>([]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("prompt") ?? "");
    submit("modal", { taskId: task.mjId, prompt: text || undefined, maskBase64: mask[0] });
  }

  return (
    <form onSubmit={send} className="space-y-4 rounded-lg bg-amber-50/60 p-4 ring-1 ring-inset ring-amber-200">
      <div>
        <h2 className="text-sm font-semibold text-neutral-900">{t.task.modalTitle}</h2>
        <p className="text-xs text-neutral-600">{t.task.modalHint}</p>
      </div>
      <Field id="modal-prompt" label={t.task.prompt}>
        <Textarea id="modal-prompt" name="prompt" defaultValue={task.prompt} rows={3} />
      </Field>
      <ImagePicker id="modal-mask" label={t.task.mask} onChange={setMask} onError={setError} />
      <FormError message={error} detail={errorDetail} />
      <Button type="submit" disabled={pending}>{t.task.submit}</Button>
    </form>
  );
}
