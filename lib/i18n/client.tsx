"use client";
import { createContext, useContext, type ReactNode } from "react";
import { messages, type Locale, type Messages } from "./messages";

const I18nContext = createContext<{ locale: Locale; t: Messages }>({ locale: "en", t: messages.en });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext value={{ locale, t: messages[locale] }}>{children}</I18nContext>;
}

export function useI18n() {
  return useContext(I18nContext);
}
