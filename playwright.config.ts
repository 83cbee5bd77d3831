// One build and one server for every browser test: e2e/serve.ts migrates a fresh database
// (E2E_DATABASE=sqlite|postgres), starts the simulator as a channel and runs `next start`.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder; keep the JSON reports of npm test beside it.
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // E2E_SMOKE=1 (the PostgreSQL run of npm test) takes only the tests tagged @smoke; SQLite runs all.
  grep: process.env.E2E_SMOKE ? /@smoke/ : undefined,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "api", testMatch: /e2e\/api\/.*\.spec\.ts/ },
    { name: "setup", testMatch: /e2e\/portal\/sign-in\.setup\.ts/ },
    { name: "portal", testMatch: /e2e\/portal\/.*\.spec\.ts/, dependencies: ["setup"], use: { storageState: "e2e/.auth/admin.json" } },
  ],
  webServer: {
    command: "npx tsx e2e/serve.ts",
    url: `${baseURL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT) },
  },
});
