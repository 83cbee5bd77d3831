import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitFromPortal } from "@/app/(portal)/tasks/actions";

export type SubmitKind = "imagine" | "describe" | "blend" | "action" | "modal";

/** Runs a portal submit (server action) and opens the new task's page; `pending` lasts until that page shows. */
export function useSubmitTask() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setErrorState] = useState({ message: "", detail: "" });
  const setError = (message: string) => setErrorState({ message, detail: "" });

  function submit(kind: SubmitKind, body: Record<string, unknown>) {
    setError("");
    startTransition(async () => {
      const result = await submitFromPortal(kind, body);
      if (!result.ok) {
        setErrorState({ message: result.message, detail: result.detail });
        return;
      }
      router.push(`/tasks/${encodeURIComponent(result.taskId)}`);
    });
  }

  return { submit, pending, error: error.message, errorDetail: error.detail, setError };
}
