import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { isTimeZone } from "../dashboard/range";
import { isTheme, THEME_COOKIE, TZ_COOKIE, type Theme } from "./theme";

export const getTheme = cache(async (): Promise<Theme> => {
  const chosen = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(chosen) ? chosen : "system";
});

/** The viewer's time zone as the browser reported it, else UTC. */
export const getTimeZone = cache(async (): Promise<string> => {
  const zone = decodeURIComponent((await cookies()).get(TZ_COOKIE)?.value ?? "");
  return isTimeZone(zone) ? zone : "UTC";
});
