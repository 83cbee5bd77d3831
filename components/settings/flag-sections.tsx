"use client";
import { useI18n } from "@/lib/i18n/client";
import { Checkbox, Field, Input, Textarea } from "../ui/input";
import { SettingsSection } from "./settings-section";
import { useSaveOptions } from "./use-save-options";

type Options = Record<string, string>;

const SWITCHES = ["RegisterEnabled", "MjNotifyEnabled", "MjForwardUrlEnabled", "MjModeClearEnabled", "MjActionCheckSuccessEnabled", "AutomaticDisableChannelEnabled"] as const;
// The bounds validateOption enforces, so the browser catches them first.
const NUMBERS = [
  { key: "RetryTimes", min: 0, max: 10 },
  { key: "UpstreamTimeoutSeconds", min: 1, max: 600 },
  { key: "TaskTimeoutMinutes", min: 1, max: 7 * 24 * 60 },
  { key: "PollIntervalSeconds", min: 1, max: 3600 },
  { key: "ChannelFailThreshold", min: 1, max: 1000 },
] as const;

const text = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? "").trim();

export function SwitchesSection({ options, onSaved }: { options: Options; onSaved: () => void }) {
  const { t } = useI18n();
  const saving = useSaveOptions(onSaved);
  const submit = (form: HTMLFormElement) => saving.save(SWITCHES.map((key) => [key, new FormData(form).has(key) ? "true" : "false"]));
  return (
    <SettingsSection id="switches" title={t.settings.switchesTitle} onSubmit={submit} state={saving}>
      <div className="grid gap-3 sm:grid-cols-2">
        {SWITCHES.map((key) => (
          <Checkbox key={key} id={`setting-${key}`} name={key} label={t.settings.switches[key]} defaultChecked={options[key] === "true"} onChange={() => saving.setSaved(false)} />
        ))}
      </div>
    </SettingsSection>
  );
}

export function LimitsSection({ options, onSaved }: { options: Options; onSaved: () => void }) {
  const { t } = useI18n();
  const saving = useSaveOptions(onSaved);
  const submit = (form: HTMLFormElement) => saving.save(NUMBERS.map(({ key }) => [key, text(form, key)]));
  return (
    <SettingsSection id="limits" title={t.settings.limitsTitle} onSubmit={submit} state={saving}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {NUMBERS.map(({ key, min, max }) => (
          <Field key={key} id={`setting-${key}`} label={t.settings.numbers[key]}>
            <Input id={`setting-${key}`} name={key} type="number" required min={min} max={max} step={1} defaultValue={options[key]} onChange={() => saving.setSaved(false)} />
          </Field>
        ))}
      </div>
    </SettingsSection>
  );
}

export function AddressesSection({ options, onSaved }: { options: Options; onSaved: () => void }) {
  const { t } = useI18n();
  const saving = useSaveOptions(onSaved);
  const submit = (form: HTMLFormElement) => saving.save([["ServerAddress", text(form, "ServerAddress")], ["NotifyHookAllow", text(form, "NotifyHookAllow")]]);
  return (
    <SettingsSection id="addresses" title={t.settings.addressesTitle} onSubmit={submit} state={saving}>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field id="setting-ServerAddress" label={t.settings.ServerAddress} hint={t.settings.serverAddressHint}>
          <Input id="setting-ServerAddress" name="ServerAddress" type="url" placeholder="https://mj.example.com" defaultValue={options.ServerAddress} aria-describedby="setting-ServerAddress-hint" onChange={() => saving.setSaved(false)} />
        </Field>
        <Field id="setting-NotifyHookAllow" label={t.settings.NotifyHookAllow} hint={t.settings.notifyHookAllowHint}>
          <Textarea id="setting-NotifyHookAllow" name="NotifyHookAllow" rows={2} className="min-h-9" defaultValue={options.NotifyHookAllow} aria-describedby="setting-NotifyHookAllow-hint" onChange={() => saving.setSaved(false)} />
        </Field>
      </div>
    </SettingsSection>
  );
}
