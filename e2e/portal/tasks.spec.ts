// The task list as people look for tasks: live arrival of API tasks, filters, gallery, columns.
import { expect, test } from "@playwright/test";
import { PHONE_HEADERS, VIEWPORTS } from "./support/audit";
import { createFinishedTask } from "./support/tasks";

test("a task sent through the API appears in the open list by itself @smoke", async ({ page }) => {
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await createFinishedTask(page.request, "arrives without a reload");
  await expect(page.getByRole("table").getByText("arrives without a reload")).toBeVisible({ timeout: 20_000 });
});

test("filters by status and id prefix, the gallery, and the column picker", async ({ page }) => {
  const mjId = await createFinishedTask(page.request, "a gallery harbour");
  await page.goto("/tasks");
  // Nothing in these tests is ever cancelled.
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Cancelled" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=CANCEL/);
  await expect(page.getByRole("table").getByText("No tasks match.")).toBeVisible();

  // Each navigation remounts the filter form (it is keyed by the search): wait for it to land
  // before typing, or a late remount wipes what was typed (seen on a loaded machine).
  await page.getByRole("link", { name: "Reset" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("");
  await page.getByLabel("Task ID starts with").fill(mjId.slice(0, 12));
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`mj_id=${mjId.slice(0, 12)}`));
  await expect(page.getByRole("table").getByRole("link", { name: mjId })).toBeVisible();

  await page.getByRole("link", { name: "Gallery" }).click();
  await expect(page).toHaveURL(/view=gallery/);
  await page.getByRole("link", { name: `Open task ${mjId}` }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${mjId}$`));

  await page.goto("/tasks");
  await page.locator("summary", { hasText: "Columns" }).click();
  await page.getByRole("checkbox", { name: "Duration" }).check();
  await expect(page.getByRole("columnheader", { name: "Duration" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Duration" }).uncheck();
  await expect(page.getByRole("columnheader", { name: "Duration" })).toHaveCount(0);
});

test("on a phone the list is cards and the navigation is a menu", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.setExtraHTTPHeaders(PHONE_HEADERS);
  await page.goto("/tasks");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All tasks" })).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("listitem").first()).toBeVisible();
});

test("a narrow desktop window keeps the table", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto("/tasks");
  await expect(page.getByRole("table")).toBeVisible();
});
