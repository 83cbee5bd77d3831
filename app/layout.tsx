import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { getTheme } from "@/lib/theme/server";
import { themeClass } from "@/lib/theme/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MJ Gateway", template: "%s · MJ Gateway" },
  description: "Self-hosted Midjourney gateway: a midjourney-proxy compatible relay with channels, API keys and billing.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#0f0f11" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, theme] = await Promise.all([getLocale(), getMessages(), getTheme()]);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"} className={themeClass(theme)}>
      <body className="min-h-screen bg-neutral-50 font-sans text-neutral-900 antialiased">
        <a href="#main" className="sr-only rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50">
          {messages.common.skipToContent}
        </a>
        <I18nProvider locale={locale} messages={messages}>{children}</I18nProvider>
      </body>
    </html>
  );
}
