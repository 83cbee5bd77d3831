import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { mutate } from "swr";
import { BALANCE_KEY } from "../balance";
import { useApiAction } from "../use-api-action";

export type SubmitKind = "imagine" | "describe" | "blend" | "action" | "modal";

/** Posts a portal submit and opens the new task's page; `pending` lasts until that page shows. */
export function useSubmitTask() {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const { run, pending, error, setError } = useApiAction();

  async function submit(kind: SubmitKind, body: Record<string, unknown>) {
    const result = await run<{ result?: string | number }>(`/api/portal/submit/${kind}`, { method: "POST", body });
    const id = result?.data?.result;
    if (!id) return;
    mutate(BALANCE_KEY);
    startNavigation(() => router.push(`/tasks/${encodeURIComponent(String(id))}`));
  }

  return { submit, pending: pending || navigating, error, setError };
}
