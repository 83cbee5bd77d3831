import { useState } from "react";
import { useApiAction } from "../use-api-action";

/** Saves settings one PUT per key (the API's unit); stops at the first refusal, whose message is the error. */
export function useSaveOptions(onSaved: () => void) {
  const { run, pending, error } = useApiAction();
  const [saved, setSaved] = useState(false);

  async function save(entries: [key: string, value: string][]) {
    setSaved(false);
    for (const [key, value] of entries) if (!(await run("/api/option/", { method: "PUT", body: { key, value } }))) return;
    setSaved(true);
    onSaved();
  }

  return { save, pending, error, saved, setSaved };
}
