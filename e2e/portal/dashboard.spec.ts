// The signed-in home: figures, charts with their data tables, ranges, admin tables.
import { expect, test } from "@playwright/test";
import { createFinishedTask } from "./support/tasks";

test("the dashboard shows spending, outcomes and, for admins, channels and users @smoke", async ({ page }) => {
  await createFinishedTask(page.request, "a dashboard sunrise");
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // Other specs' tasks (some fail on purpose) share the database: any rate will do.
  await expect(page.getByRole("definition").filter({ hasText: /^\d+(\.\d)?%$/ })).toBeVisible();
  const perDay = page.getByRole("figure", { name: "Spending per day" });
  await expect(perDay.locator("svg.recharts-surface")).toBeVisible();
  // Other specs spend too (one server for all): today's row shows at least this task's $0.10.
  const today = perDay.getByRole("row").last();
  await expect(today.getByRole("cell")).toHaveText(/^\$(0\.[1-9]\d*|[1-9][\d,]*\.\d+)$/);
  await expect(page.getByRole("figure", { name: "Spending per action" }).getByRole("table")).toContainText("Imagine");
  await expect(page.getByRole("region", { name: "Channels" })).toContainText("E2E simulator");
  await expect(page.getByRole("region", { name: "Top users" })).toContainText("Root");

  await page.getByRole("link", { name: "Last 30 days" }).click();
  await expect(page).toHaveURL(/days=30/);
  await page.getByRole("link", { name: "Mine" }).click();
  await expect(page.getByRole("region", { name: "Channels" })).toHaveCount(0);
});
