"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { useSubmitTask } from "./use-submit-task";

/** Midjourney's buttons under a finished task (U1–U4, V1–V4, 🔄, zoom, pan…); each starts a new task. */
export function TaskButtons({ task }: { task: Pick<TaskView, "mjId" | "buttons"> }) {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail } = useSubmitTask();
  return (
    <div className="space-y-3">
      <div>
        <h2 className="text-sm font-semibold text-neutral-900">{t.task.actions}</h2>
        <p className="text-xs text-neutral-500">{t.task.actionsHint}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        {task.buttons.map((button) => (
          <Button key={button.customId} variant="secondary" size="sm" disabled={pending} title={button.customId} onClick={() => submit("action", { taskId: task.mjId, customId: button.customId })}>
            {[button.emoji, button.label].filter(Boolean).join(" ") || button.customId}
          </Button>
        ))}
      </div>
      <FormError message={error} detail={errorDetail} />
    </div>
  );
}
