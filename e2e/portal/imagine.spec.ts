// A signed-in user creates an image in the portal and watches it finish.
import { expect, test } from "@playwright/test";

test("imagine from the portal: the task page shows progress, then the image and its buttons @smoke", async ({ page }) => {
  await page.goto("/create");
  await page.getByLabel("Prompt").fill("a portal e2e sunrise");
  await page.getByRole("button", { name: "Imagine" }).click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  const mjId = page.url().split("/").pop()!;
  await expect(page.getByAltText(`Result of task ${mjId}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Succeeded").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "U1" })).toBeVisible();

  await page.getByRole("link", { name: "Tasks" }).first().click();
  await expect(page.getByRole("heading", { name: "Tasks" })).toBeVisible();
  await expect(page.getByText("a portal e2e sunrise").first()).toBeVisible();
});

test("a signed-out visitor is sent to the login page @smoke", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/tasks");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});
