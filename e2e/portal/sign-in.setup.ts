// Signs in through the real login page once; portal specs reuse the session.
import { expect, test as setup } from "@playwright/test";
import { E2E_ADMIN } from "../constants";

setup("sign in as the administrator @smoke", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username").fill(E2E_ADMIN.username);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.context().storageState({ path: "e2e/.auth/admin.json" });
});
