// Which layout a page's list gets, told by the request: a phone gets cards, anything else
// the table. Rendering one layout instead of both behind CSS breakpoints halves the work of
// the portal's busiest pages (they re-render every few seconds while a task runs). Chromium
// says so in its low-entropy client hint; every phone browser also says "Mobi" in its
// user agent (tablets do not, and get the table).
import { headers } from "next/headers";

export function isPhone(request: Pick<Headers, "get">): boolean {
  const hint = request.get("sec-ch-ua-mobile");
  if (hint) return hint === "?1";
  return /Mobi/i.test(request.get("user-agent") ?? "");
}

export async function isPhoneRequest(): Promise<boolean> {
  return isPhone(await headers());
}
