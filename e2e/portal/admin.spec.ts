// Admins inspect everything: any task, the all-users log, a user's profile and balance,
// channels in batches with the auto-disable banner.
import { expect, test } from "@playwright/test";
import { SAME_ORIGIN } from "./support/same-origin";
import { createFinishedTask } from "./support/tasks";

test("an admin opens any task from All tasks and sees who, which key and channel, and its charge @smoke", async ({ page }) => {
  const mjId = await createFinishedTask(page.request, "an inspected harbour");
  await page.goto("/admin/tasks");
  await page.getByRole("table").getByRole("link", { name: mjId }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tasks/${mjId}$`));
  await expect(page.getByRole("definition").filter({ hasText: /^Root$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "e2e relay client" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "E2E simulator" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Charges and refunds" })).toContainText("Charge for Imagine");
});

test("the all-users log filters by user and model, with names", async ({ page }) => {
  await createFinishedTask(page.request, "a logged lantern");
  await page.goto("/admin/logs");
  await page.getByLabel("User").fill("e2e-admin");
  await page.getByRole("combobox", { name: "Model" }).selectOption({ label: "Imagine" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/model_name=mj_imagine/);
  const table = page.getByRole("table");
  await expect(table.getByRole("cell", { name: "Charge for Imagine" }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "E2E simulator" }).first()).toBeVisible();
});

test("a user's page: group from the configured groups, balance changed with a reason", async ({ page }) => {
  await page.goto("/admin/users");
  await page.getByLabel("Username").fill("e2e-edited");
  await page.getByLabel("Password").fill("edited-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText("e2e-edited");
  await page.getByRole("link", { name: "e2e-edited", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "User e2e-edited" })).toBeVisible();

  const groups = await page.getByLabel("Group").locator("option").allTextContents();
  expect(groups).toContain("vip");
  await page.getByLabel("Display name").fill("Edited Person");
  await page.getByLabel("Group").selectOption("vip");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByLabel("Reason")).toHaveJSProperty("validity.valueMissing", true);
  await page.getByLabel("Amount in USD").fill("2");
  await page.getByLabel("Reason").fill("welcome credit");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The balance was changed." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Balance" })).toContainText("1,000,000 ($2.00)");
  await expect(page.getByRole("region", { name: "Recent usage" })).toContainText("Reason: welcome credit");
});

test("channels: filter, batch disable and enable, test all with latency, the auto-disable banner", async ({ page }) => {
  const created = (await (await page.request.post("/api/channel/", { headers: SAME_ORIGIN, data: { name: "Flaky upstream", base_url: "http://127.0.0.1:9", key: "x", group: "default", tag: "spare" } })).json()) as { data: { id: number } };
  await page.goto("/admin/channels?tag=spare");
  await expect(page.getByRole("row").filter({ hasText: "Flaky upstream" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "E2E simulator" })).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Select channel Flaky upstream" }).check();
  await page.getByRole("button", { name: "Disable", exact: true }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "1 channels changed" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Flaky upstream" })).toContainText("Disabled");

  await page.getByRole("button", { name: "Test all" }).click();
  await expect(page.getByRole("status").filter({ hasText: /channels answered/ })).toBeVisible({ timeout: 30_000 });

  // What auto-ban writes when a channel keeps failing.
  await page.request.put("/api/channel/", { headers: SAME_ORIGIN, data: { id: created.data.id, status: 3 } });
  await page.goto("/admin/channels?tag=spare");
  await expect(page.getByRole("region", { name: /disabled automatically/ })).toBeVisible();
  await page.request.delete(`/api/channel/${created.data.id}`, { headers: SAME_ORIGIN });
});
