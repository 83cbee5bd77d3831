"use client";
import { useI18n } from "@/lib/i18n/client";
import { FilterBar } from "../filter-bar";
import { Field, Select } from "../ui/input";
import { LOG_TYPES } from "./usage-search";

export function UsageFilters({ type, from, to }: { type?: number; from: string; to: string }) {
  const { t } = useI18n();
  return (
    <FilterBar key={`${type ?? ""}|${from}|${to}`} path="/usage" idPrefix="usage" from={from} to={to}>
      <Field id="usage-type" label={t.usage.type} className="w-full sm:w-48">
        <Select id="usage-type" name="type" defaultValue={type ? String(type) : ""}>
          <option value="">{t.usage.allTypes}</option>
          {LOG_TYPES.map((value) => <option key={value} value={value}>{t.usage.typeNames[value]}</option>)}
        </Select>
      </Field>
    </FilterBar>
  );
}
