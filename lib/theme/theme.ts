// The colour theme: "system" follows the device; "light"/"dark" are the viewer's choice,
// kept in a cookie so the server renders the right class on <html> (no script, no flash).
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The class on <html>: none lets the system preference decide. */
export function themeClass(theme: Theme): string | undefined {
  return theme === "system" ? undefined : theme;
}

/** The viewer's IANA time zone, written by the browser (components/time-zone-cookie.tsx). */
export const TZ_COOKIE = "tz";
