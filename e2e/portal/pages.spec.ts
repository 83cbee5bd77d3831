// Every portal page in the matrix (desktop/phone × light/dark × English/Chinese): no axe
// violations, and a screenshot of each under test-results/screens.
import { expect, test, type Page } from "@playwright/test";
import { auditPage, type Combo } from "./support/audit";
import { createFinishedTask } from "./support/tasks";

const heading = (en: string, zh: string) => async (page: Page, combo: Combo) => {
  await expect(page.getByRole("heading", { level: 1, name: combo.lang === "zh" ? zh : en })).toBeVisible();
};

let mjId = "";
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
  mjId = await createFinishedTask(context.request, "an audited lighthouse");
  await context.close();
});

const PAGES: { name: string; path: () => string; ready: (page: Page, combo: Combo) => Promise<void>; fullPage?: boolean; smoke?: boolean }[] = [
  { name: "dashboard", path: () => "/dashboard", ready: heading("Dashboard", "概览"), smoke: true },
  { name: "dashboard-mine", path: () => "/dashboard?scope=mine&days=30", ready: heading("Dashboard", "概览") },
  { name: "tasks", path: () => "/tasks", ready: heading("Tasks", "任务"), smoke: true },
  { name: "tasks-gallery", path: () => "/tasks?view=gallery", ready: heading("Tasks", "任务") },
  {
    name: "task-detail",
    path: () => `/tasks/${mjId}`,
    ready: async (page) => {
      await expect(page.getByRole("img", { name: new RegExp(mjId) })).toBeVisible();
    },
  },
  { name: "create", path: () => "/create", ready: heading("Create", "创作") },
  { name: "keys", path: () => "/keys", ready: heading("API keys", "API 密钥") },
  { name: "usage", path: () => "/usage", ready: heading("Usage", "用量") },
  { name: "hooks", path: () => "/hooks", ready: heading("Notify hooks", "回调通知") },
  { name: "docs", path: () => "/docs", ready: heading("API docs", "API 文档"), fullPage: false },
  { name: "admin-channels", path: () => "/admin/channels", ready: heading("Channels", "渠道") },
  { name: "admin-tasks", path: () => "/admin/tasks", ready: heading("All tasks", "全部任务") },
  { name: "admin-users", path: () => "/admin/users", ready: heading("Users", "用户") },
  { name: "admin-user", path: () => "/admin/users/1", ready: heading("User Root", "用户 Root") },
  {
    name: "admin-task",
    path: () => `/admin/tasks/${mjId}`,
    ready: async (page) => {
      await expect(page.getByRole("img", { name: new RegExp(mjId) })).toBeVisible();
    },
  },
  { name: "admin-logs", path: () => "/admin/logs", ready: heading("All usage", "全部用量") },
  { name: "admin-settings", path: () => "/admin/settings", ready: heading("Settings", "设置") },
];

for (const entry of PAGES) {
  test(`${entry.name}: no axe violations at any width, theme or language${entry.smoke ? " @smoke" : ""}`, async ({ page }) => {
    // Eight loads and axe runs; the API docs page alone is large.
    test.setTimeout(entry.name === "docs" ? 300_000 : 180_000);
    await auditPage(page, { name: entry.name, path: entry.path(), ready: entry.ready, fullPage: entry.fullPage });
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("login: no axe violations at any width, theme or language @smoke", async ({ page }) => {
    test.setTimeout(180_000);
    await auditPage(page, { name: "login", path: "/login", ready: heading("Sign in", "登录") });
  });
});
