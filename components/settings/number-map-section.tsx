"use client";
import { useState, type KeyboardEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { Field, Input } from "../ui/input";
import { SettingsSection } from "./settings-section";
import { useSaveOptions } from "./use-save-options";

interface Props {
  optionKey: "GroupRatio" | "ModelPrice" | "ModeMultiplier";
  title: string;
  description: string;
  initial: Record<string, number>;
  /** The label of an entry's value; the entry's name by default. */
  label?: (name: string) => string;
  /** A line under an entry, such as the quota a price comes to. */
  hint?: (value: number) => string;
  /** Entries can be added and removed (groups); otherwise the names are fixed (models, modes). */
  extendable?: boolean;
  step?: number;
  onSaved: () => void;
}

type Row = { name: string; value: string };

/** A JSON name → number setting edited as one number field per name. */
export function NumberMapSection({ optionKey, title, description, initial, label = (name) => name, hint, extendable = false, step = 0.01, onSaved }: Props) {
  const { t } = useI18n();
  const saving = useSaveOptions(onSaved);
  const [rows, setRows] = useState<Row[]>(() => Object.entries(initial).map(([name, value]) => ({ name, value: String(value) })));
  const [newName, setNewName] = useState("");
  const [newValue, setNewValue] = useState("1");
  const [addError, setAddError] = useState("");
  const prefix = optionKey.replace(/[A-Z]/g, (letter, index: number) => `${index ? "-" : ""}${letter.toLowerCase()}`);

  function update(index: number, value: string) {
    setRows(rows.map((row, at) => (at === index ? { ...row, value } : row)));
    saving.setSaved(false);
  }

  function remove(index: number) {
    setRows(rows.filter((_, at) => at !== index));
    saving.setSaved(false);
  }

  function add() {
    const name = newName.trim();
    if (!name) return;
    if (rows.some((row) => row.name === name)) return setAddError(fill(t.settings.groupExists, { name }));
    setRows([...rows, { name, value: newValue || "1" }]);
    setNewName("");
    setNewValue("1");
    setAddError("");
    saving.setSaved(false);
  }

  // Enter in the add fields adds the entry instead of saving the whole section.
  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  }

  function submit() {
    saving.save([[optionKey, JSON.stringify(Object.fromEntries(rows.map((row) => [row.name, Number(row.value)])))]]);
  }

  return (
    <SettingsSection id={prefix} title={title} description={description} onSubmit={submit} state={saving}>
      {rows.length === 0 ? <p className="text-sm text-neutral-500">{t.settings.noGroups}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {rows.map((row, index) => {
          const id = `${prefix}-${index}`;
          const value = Number(row.value);
          const rowHint = hint && row.value !== "" && Number.isFinite(value) ? hint(value) : undefined;
          return (
            <Field key={row.name} id={id} label={label(row.name)} hint={rowHint}>
              <div className="flex gap-1.5">
                <Input id={id} type="number" required min={0} step={step} value={row.value} onChange={(event) => update(index, event.target.value)} aria-describedby={rowHint ? `${id}-hint` : undefined} />
                {extendable ? (
                  // The group name as hidden text, not aria-label: an aria-label would also match label lookups of the ratio field.
                  <Button variant="ghost" onClick={() => remove(index)}>
                    {t.settings.remove}<span className="sr-only"> {row.name}</span>
                  </Button>
                ) : null}
              </div>
            </Field>
          );
        })}
      </div>
      {extendable ? (
        <div className="space-y-2 rounded-lg bg-neutral-50 p-3 ring-1 ring-inset ring-neutral-200">
          <div className="flex flex-wrap items-end gap-3">
            <Field id={`${prefix}-new-name`} label={t.settings.newGroup} className="w-full sm:w-48">
              <Input id={`${prefix}-new-name`} value={newName} maxLength={64} autoComplete="off" onChange={(event) => setNewName(event.target.value)} onKeyDown={addOnEnter} />
            </Field>
            <Field id={`${prefix}-new-value`} label={t.settings.newRatio} className="w-full sm:w-48">
              <Input id={`${prefix}-new-value`} type="number" min={0} step={step} value={newValue} onChange={(event) => setNewValue(event.target.value)} onKeyDown={addOnEnter} />
            </Field>
            <Button variant="secondary" onClick={add} disabled={!newName.trim()}>{t.settings.addGroup}</Button>
          </div>
          {addError ? <p role="alert" className="text-sm text-red-700">{addError}</p> : null}
        </div>
      ) : null}
    </SettingsSection>
  );
}
