// The page matrix of the portal specs: each page at desktop and phone width, light and dark,
// English and Chinese, checked by axe-core and saved as a screenshot under test-results/screens.
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
// The server lays a list out for a phone when the request says it comes from one
// (lib/http/device.ts), so the phone combination sends what a phone browser sends.
export const PHONE_HEADERS = {
  "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
  "sec-ch-ua-mobile": "?1",
};
export const THEMES = ["light", "dark"] as const;
export const LANGS = ["en", "zh"] as const;
export type Combo = { viewport: keyof typeof VIEWPORTS; theme: (typeof THEMES)[number]; lang: (typeof LANGS)[number] };

const SCREENS = "test-results/screens";
const AXE = "test-results/axe";

/** The whole matrix on SQLite; one combination in the PostgreSQL smoke run. */
export function combos(): Combo[] {
  if (process.env.E2E_SMOKE) return [{ viewport: "desktop", theme: "light", lang: "en" }];
  return Object.keys(VIEWPORTS).flatMap((viewport) =>
    THEMES.flatMap((theme) => LANGS.map((lang) => ({ viewport, theme, lang }) as Combo)),
  );
}

export async function useCombo(page: Page, combo: Combo) {
  const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  await page.context().addCookies([
    { name: "lang", value: combo.lang, url: base },
    { name: "theme", value: combo.theme, url: base },
  ]);
  await page.setViewportSize(VIEWPORTS[combo.viewport]);
  await page.setExtraHTTPHeaders(combo.viewport === "phone" ? PHONE_HEADERS : {});
}

interface AuditOptions {
  /** File-name stem of the screenshots and axe report. */
  name: string;
  path: string;
  /** Waits until the page shows what it is about (no sleeps). */
  ready: (page: Page, combo: Combo) => Promise<void>;
  /** Long pages (API docs) are shot at viewport height. */
  fullPage?: boolean;
}

/** Runs axe and takes a screenshot in every combination; fails with the violations found. */
export async function auditPage(page: Page, { name, path, ready, fullPage = true }: AuditOptions) {
  mkdirSync(SCREENS, { recursive: true });
  mkdirSync(AXE, { recursive: true });
  const report: Record<string, { violations: number; rules: string[] }> = {};
  const failures: string[] = [];
  for (const combo of combos()) {
    const key = `${name}-${combo.viewport}-${combo.theme}-${combo.lang}`;
    const t0 = Date.now();
    await useCombo(page, combo);
    await page.goto(path);
    await ready(page, combo);
    const t1 = Date.now();
    await expect(page.locator("html")).toHaveAttribute("lang", combo.lang === "zh" ? "zh-CN" : "en");
    // Only violations are reported: building the passes' details would double the time.
    const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
    report[key] = { violations: violations.length, rules: violations.map((v) => v.id) };
    for (const violation of violations) {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ");
      failures.push(`${key}: ${violation.id} (${violation.nodes.length}) ${targets}`);
    }
    const t2 = Date.now();
    await page.screenshot({ path: `${SCREENS}/${key}.png`, fullPage });
    if (process.env.E2E_TIMING) console.log(key, "load", t1 - t0, "axe", t2 - t1, "shot", Date.now() - t2);
  }
  writeFileSync(`${AXE}/${name}.json`, JSON.stringify(report, null, 2));
  expect(failures, failures.join("\n")).toEqual([]);
}
