// Self-registration through the real pages, and the admin seeing the new account.
import { expect, test } from "@playwright/test";

test("a visitor registers, lands on their dashboard, and the admin finds them in Users", async ({ browser, page }) => {
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const tab = await visitor.newPage();
  await tab.goto("/login");
  await tab.getByRole("link", { name: "Create one" }).click();
  await tab.waitForURL(/\/register$/);
  await tab.getByLabel("Username").fill("e2e-newcomer");
  await tab.getByLabel("Password").fill("newcomer-password");
  await tab.getByRole("button", { name: "Create account" }).click();
  await expect(tab.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(tab.getByRole("link", { name: "Users" })).toHaveCount(0);
  await visitor.close();

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "e2e-newcomer", exact: true }).first()).toBeVisible();
});
