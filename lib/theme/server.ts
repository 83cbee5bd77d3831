import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { isTheme, THEME_COOKIE, type Theme } from "./theme";

export const getTheme = cache(async (): Promise<Theme> => {
  const chosen = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(chosen) ? chosen : "system";
});
