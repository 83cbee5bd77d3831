// Forms that guide: Custom Zoom explains and checks --ar/--zoom; Vary (Region) paints a mask.
import { expect, test, type Page } from "@playwright/test";
import { createFinishedTask } from "./support/tasks";

async function upscaled(page: Page): Promise<void> {
  const mjId = await createFinishedTask(page.request, "a modal meadow");
  await page.goto(`/tasks/${mjId}`);
  const onTask = new RegExp(`/tasks/${mjId}$`);
  // U1 is a client button: a click that lands before the page hydrates does nothing (seen once
  // in CI on a loaded machine), so press it again until the page leaves the task.
  await expect(async () => {
    if (onTask.test(page.url())) await page.getByRole("button", { name: "U1" }).click({ timeout: 2_000 });
    await expect(page).not.toHaveURL(onTask, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText("Succeeded").first()).toBeVisible({ timeout: 30_000 });
}

test("Custom Zoom explains the prompt it needs and refuses one without --zoom", async ({ page }) => {
  await upscaled(page);
  await page.getByRole("button", { name: /Custom Zoom/ }).click();
  const form = page.getByRole("form", { name: "Custom Zoom" });
  await expect(form).toContainText("--zoom");
  await form.getByLabel("Prompt").fill("a modal meadow --ar 16:9");
  await form.getByRole("button", { name: "Submit" }).click();
  await expect(form.getByRole("alert")).toContainText("--zoom with a number from 1 to 2");
  await form.getByLabel("Prompt").fill("a modal meadow --ar 16:9 --zoom 1.5");
  await form.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Succeeded").first()).toBeVisible({ timeout: 30_000 });
});

test("Vary (Region) paints a mask with brush, eraser and undo, and sends it", async ({ page }) => {
  await upscaled(page);
  await page.getByRole("button", { name: /Vary \(Region\)/ }).click();
  const form = page.getByRole("form", { name: "Vary (Region)" });
  await form.getByRole("button", { name: "Submit" }).click();
  await expect(form.getByRole("alert")).toContainText("Paint the area to change");

  const canvas = form.getByRole("img", { name: /paint over the area/ });
  await expect(canvas).toHaveAttribute("aria-busy", "false");
  const paint = async (from: number, to: number) => {
    // Measured each time: clicking a tool may scroll the page.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const y = box.y + Math.min(box.height / 2, 100);
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
    await page.mouse.up();
  };
  await paint(0.2, 0.6);
  await expect(form.getByRole("button", { name: "Undo" })).toBeEnabled();
  await form.getByRole("button", { name: "Eraser" }).click();
  await paint(0.3, 0.4);
  await form.getByRole("button", { name: "Undo" }).click();
  await expect(form.getByRole("button", { name: "Undo" })).toBeEnabled();
  await form.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Succeeded").first()).toBeVisible({ timeout: 30_000 });
});
