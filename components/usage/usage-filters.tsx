"use client";
import { useI18n } from "@/lib/i18n/client";
import { FilterBar } from "../filter-bar";
import { Field, Input, Select } from "../ui/input";
import { LOG_TYPES, type UsageSearch } from "./usage-search";

interface Props {
  path: string;
  search: UsageSearch;
  /** The all-users log: user, key, channel and model filters too. */
  admin?: { channels: { id: number; name: string }[]; models: { value: string; label: string }[] };
}

export function UsageFilters({ path, search, admin }: Props) {
  const { t } = useI18n();
  const { type, from, to, username, tokenName, modelName, channelId } = search;
  return (
    <FilterBar key={[type, from, to, username, tokenName, modelName, channelId].join("|")} path={path} idPrefix="usage" from={from} to={to}>
      {admin ? (
        <>
          <Field id="usage-user" label={t.usage.user} className="w-full sm:w-40">
            <Input id="usage-user" name="username" defaultValue={username} autoComplete="off" />
          </Field>
          <Field id="usage-key" label={t.usage.key} className="w-full sm:w-40">
            <Input id="usage-key" name="token_name" defaultValue={tokenName} autoComplete="off" />
          </Field>
          <Field id="usage-channel" label={t.usage.channel} className="w-full sm:w-44">
            <Select id="usage-channel" name="channel_id" defaultValue={channelId ? String(channelId) : ""}>
              <option value="">{t.tasks.allChannels}</option>
              {admin.channels.map((channel) => <option key={channel.id} value={channel.id}>{channel.name}</option>)}
            </Select>
          </Field>
          <Field id="usage-model" label={t.usage.model} className="w-full sm:w-44">
            <Select id="usage-model" name="model_name" defaultValue={modelName}>
              <option value="">{t.tasks.allActions}</option>
              {admin.models.map((model) => <option key={model.value} value={model.value}>{model.label}</option>)}
            </Select>
          </Field>
        </>
      ) : null}
      <Field id="usage-type" label={t.usage.type} className="w-full sm:w-40">
        <Select id="usage-type" name="type" defaultValue={type ? String(type) : ""}>
          <option value="">{t.usage.allTypes}</option>
          {LOG_TYPES.map((value) => <option key={value} value={value}>{t.usage.typeNames[value]}</option>)}
        </Select>
      </Field>
    </FilterBar>
  );
}
