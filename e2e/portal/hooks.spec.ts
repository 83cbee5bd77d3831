// Notify-hook deliveries, loaded by the page: a task with a hook shows its callback attempts.
import { expect, test } from "@playwright/test";
import { SAME_ORIGIN } from "./support/same-origin";

test("a task's callback shows on the hooks page with its attempts, filterable by task id", async ({ page }) => {
  const created = (await (await page.request.post("/api/token", { headers: SAME_ORIGIN, data: { name: "hooks e2e", unlimited_quota: true } })).json()) as { data: { id: number } };
  const { data } = (await (await page.request.post(`/api/token/${created.data.id}/key`, { headers: SAME_ORIGIN })).json()) as { data: { key: string } };
  // Nothing listens on port 9 of loopback: every attempt fails, and is recorded.
  await page.request.put("/api/option/", { headers: SAME_ORIGIN, data: { key: "NotifyHookAllow", value: "127.0.0.1" } });
  const submitted = (await (await page.request.post("/mj/submit/imagine", { headers: { Authorization: `Bearer ${data.key}` }, data: { prompt: "a hooked kite", notifyHook: "http://127.0.0.1:9/hook" } })).json()) as { result: string };
  const row = page.getByRole("row").filter({ hasText: submitted.result }).first();
  // The delivery exists once the task first changes; until then the page is rightly empty.
  await expect(async () => {
    await page.goto(`/hooks?mj_id=${submitted.result}`);
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("button", { name: "Show attempts" }).click();
  await expect(page.getByRole("table", { name: /Attempts of delivery/ })).toBeVisible();
  await page.request.put("/api/option/", { headers: SAME_ORIGIN, data: { key: "NotifyHookAllow", value: "" } });
});
