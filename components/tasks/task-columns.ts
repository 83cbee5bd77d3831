// The task table's optional columns. The choice lives in a cookie, so the server renders the
// chosen columns at once (no flash of the defaults).
export const TASK_COLUMNS = ["submitted", "user", "channel", "action", "prompt", "promptEn", "status", "progress", "image", "duration", "code", "failReason", "cost"] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];
export const TASK_COLUMNS_COOKIE = "task_columns";
/** Only admins see whose task it is and which channel ran it. */
export const ADMIN_COLUMNS: readonly TaskColumn[] = ["user", "channel"];
const DEFAULTS: readonly TaskColumn[] = ["submitted", "user", "channel", "action", "prompt", "status", "progress", "image", "cost"];

export function parseTaskColumns(cookie: string | undefined, admin: boolean): TaskColumn[] {
  const chosen = cookie?.split(",").filter((name): name is TaskColumn => (TASK_COLUMNS as readonly string[]).includes(name));
  const columns = chosen?.length ? chosen : DEFAULTS;
  return TASK_COLUMNS.filter((column) => columns.includes(column) && (admin || !ADMIN_COLUMNS.includes(column)));
}
