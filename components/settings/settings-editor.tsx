"use client";
import { useRouter } from "next/navigation";
import { DEFAULT_MODEL_PRICES } from "@/lib/options/defaults";
import { useI18n } from "@/lib/i18n/client";
import { fill, formatNumber } from "@/lib/i18n/format";
import { usdToQuota } from "@/lib/billing/units";
import { AddressesSection, LimitsSection, SwitchesSection } from "./flag-sections";
import { NumberMapSection } from "./number-map-section";

const MODES = { fast: 1, relax: 1, turbo: 1 };

function numberMap(raw: string | undefined): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(raw ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Every setting as the page loaded it, one card per kind, each saved on its own (PUT /api/option/). */
export function SettingsEditor({ options }: { options: Record<string, string> }) {
  const { t } = useI18n();
  const router = useRouter();
  const saved = () => router.refresh();
  return (
    <div className="space-y-6">
      <NumberMapSection optionKey="GroupRatio" title={t.settings.groupRatiosTitle} description={t.settings.groupRatiosBody} initial={numberMap(options.GroupRatio)} extendable onSaved={saved} />
      <NumberMapSection
        optionKey="ModelPrice"
        title={t.settings.pricesTitle}
        description={t.settings.pricesBody}
        // Models missing from the setting are charged their default price; show that price.
        initial={{ ...DEFAULT_MODEL_PRICES, ...numberMap(options.ModelPrice) }}
        hint={(usd) => fill(t.settings.quotaEquivalent, { quota: formatNumber(usdToQuota(usd)) })}
        step={0.001}
        onSaved={saved}
      />
      <NumberMapSection
        optionKey="ModeMultiplier"
        title={t.settings.modesTitle}
        description={t.settings.modesBody}
        initial={{ ...MODES, ...numberMap(options.ModeMultiplier) }}
        label={(mode) => t.settings.modeNames[mode] ?? mode}
        onSaved={saved}
      />
      <SwitchesSection options={options} onSaved={saved} />
      <LimitsSection options={options} onSaved={saved} />
      <AddressesSection options={options} onSaved={saved} />
    </div>
  );
}
