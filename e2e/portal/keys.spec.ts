// API keys: created, then edited (name, limit, models, IPs, group from the allowed list).
import { expect, test } from "@playwright/test";

test("a key is edited after creation and the examples use the real address", async ({ page, baseURL }) => {
  await page.goto("/keys");
  await expect(page.getByRole("region", { name: "Calling the relay" })).toContainText(`${baseURL}/mj/submit/imagine`);
  await page.getByLabel("Name").fill("e2e editable key");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByRole("status")).toContainText("Your new key");
  const row = page.getByRole("row").filter({ hasText: "e2e editable key" });
  await row.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "API key e2e editable key" })).toBeVisible();

  await page.getByLabel("Name").fill("e2e renamed key");
  await page.getByRole("checkbox", { name: /Imagine \(mj_imagine\)/ }).check();
  await page.getByLabel("Allowed IP addresses").fill("127.0.0.1\n10.0.0.0/8");
  const groups = await page.getByLabel("Group").locator("option").allTextContents();
  expect(groups[0]).toContain("Your group");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByRole("link", { name: "Back to API keys" }).click();
  await expect(page.getByRole("row").filter({ hasText: "e2e renamed key" })).toBeVisible();
});
