"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { zoomPromptValid } from "@/lib/tasks/modal-prompt";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Field, Textarea } from "../ui/input";
import { MaskPainter } from "./mask-painter";
import { useSubmitTask } from "./use-submit-task";

interface Props {
  task: Pick<TaskView, "mjId" | "prompt" | "finalPrompt" | "action">;
  /** The image a region is painted on (the task's, else the one it follows). */
  imageUrl: string | null;
}

/** A task in MODAL waits for this: the prompt, and for Vary (Region) a mask painted on the image. */
export function ModalForm({ task, imageUrl }: Props) {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail, setError } = useSubmitTask();
  const [mask, setMask] = useState("");
  const region = task.action === "INPAINT";
  const zoom = task.action === "CUSTOM_ZOOM";
  const title = region ? t.task.regionTitle : zoom ? t.task.zoomTitle : t.task.modalTitle;
  const hint = region ? t.task.regionHint : zoom ? t.task.zoomHint : t.task.modalHint;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("prompt") ?? "").trim();
    if (zoom && !zoomPromptValid(text)) return setError(t.task.zoomInvalid);
    if (region && !mask) return setError(t.task.regionNeedsMask);
    submit("modal", { taskId: task.mjId, prompt: text || undefined, ...(region ? { maskBase64: mask } : {}) });
  }

  return (
    <form onSubmit={send} aria-labelledby="modal-title" className="space-y-4 rounded-lg bg-amber-50 p-4 ring-1 ring-inset ring-amber-200">
      <div className="space-y-1">
        <h2 id="modal-title" className="text-sm font-semibold text-neutral-900">{title}</h2>
        <p id="modal-hint" className="text-sm text-neutral-700">{hint}</p>
      </div>
      {region && imageUrl ? <MaskPainter imageUrl={imageUrl} onChange={setMask} /> : null}
      <Field id="modal-prompt" label={t.task.prompt}>
        <Textarea id="modal-prompt" name="prompt" defaultValue={task.finalPrompt || task.prompt} rows={3} aria-describedby="modal-hint" />
      </Field>
      <FormError message={error} detail={errorDetail} />
      <Button type="submit" disabled={pending}>{t.task.submit}</Button>
    </form>
  );
}
