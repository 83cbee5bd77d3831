// Submits from the portal (server action): errors in the viewer's language, refunds shown.
import { expect, test } from "@playwright/test";

test("a banned prompt is refused with a sentence in the viewer's language and the upstream's text", async ({ page, context, baseURL }) => {
  await page.goto("/create");
  await page.getByLabel("Prompt").fill("a gore scene");
  await page.getByRole("button", { name: "Imagine" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "banned word" });
  await expect(alert).toContainText("The prompt contains a banned word: “gore”.");
  await expect(page).toHaveURL(/\/create$/);

  await context.addCookies([{ name: "lang", value: "zh", url: baseURL! }]);
  await page.reload();
  await page.getByLabel("提示词").fill("a gore scene");
  await page.getByRole("button", { name: "绘图" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "违禁词" })).toContainText("提示词包含违禁词");
  await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
});

test("a task that fails upstream is marked refunded with a net cost of zero", async ({ page }) => {
  await page.goto("/create");
  await page.getByLabel("Prompt").fill("a doomed castle sim:fail");
  await page.getByRole("button", { name: "Imagine" }).click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  await expect(page.getByText("Failed").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Refunded", { exact: true })).toBeVisible();
  await expect(page.getByText("50,000 ($0.10) charged, refunded")).toBeVisible();
  await expect(page.getByText("Failure reason")).toBeVisible();
});
