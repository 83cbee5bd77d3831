"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "./en";
import type { Locale } from "./locales";

// The server layout passes in the one dictionary of the viewer's language, so the browser
// never downloads the others.
const I18nContext = createContext<{ locale: Locale; t: Messages } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  return <I18nContext value={{ locale, t: messages }}>{children}</I18nContext>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
