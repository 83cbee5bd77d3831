"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TZ_COOKIE } from "@/lib/theme/theme";

/** Tells the server the viewer's time zone once, so it can count days (dashboard) the viewer's way. */
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const cookie = `${TZ_COOKIE}=${encodeURIComponent(zone)}`;
    // Compared with the cookie itself, not the server's reading of it: a zone the server does
    // not know must not refresh the page forever.
    if (!zone || document.cookie.split("; ").includes(cookie)) return;
    document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [router]);
  return null;
}
