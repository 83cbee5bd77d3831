"use client";
import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Checkbox, Field, Input, Select } from "../ui/input";
import { useApiAction } from "../use-api-action";
import { channelBody, type Channel, type ChannelType } from "./channel-types";

interface Props {
  types: ChannelType[];
  /** The channel being edited; null adds a new one. */
  editing: Channel | null;
  onDone: () => void;
}

export function ChannelForm({ types, editing, onDone }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const { run, pending, error } = useApiAction();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const fields = {
      type: Number(text("type")), name: text("name"), base_url: text("base_url"), key: String(form.get("key") ?? ""),
      group: text("group") || "default", models: text("models"), priority: Number(text("priority") || 0),
      weight: Number(text("weight") || 0), tag: text("tag"), auto_ban: form.get("auto_ban") ? 1 : 0,
    };
    const saved = editing
      ? await run("/api/channel", { method: "PUT", body: channelBody(editing, fields) })
      : await run("/api/channel", { method: "POST", body: { ...fields, status: 1 } });
    if (!saved) return;
    formElement.reset();
    onDone();
    startRefresh(() => router.refresh());
  }

  const title = editing ? fill(t.channels.editTitle, { id: editing.id }) : t.channels.addTitle;
  return (
    <Card title={title}>
      <form key={editing?.id ?? "new"} onSubmit={save} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="channel-name" label={t.channels.name}>
            <Input id="channel-name" name="name" required maxLength={100} defaultValue={editing?.name} autoComplete="off" />
          </Field>
          <Field id="channel-type" label={t.channels.type}>
            <Select id="channel-type" name="type" defaultValue={String(editing?.type ?? types[0]?.value ?? 2)}>
              {types.map((type) => <option key={type.value} value={type.value}>{type.name}</option>)}
            </Select>
          </Field>
          <Field id="channel-base-url" label={t.channels.baseUrl} className="sm:col-span-2">
            <Input id="channel-base-url" name="base_url" type="url" required placeholder="https://mj-proxy.example.com" defaultValue={editing?.base_url} />
          </Field>
          <Field id="channel-secret" label={t.channels.secret} hint={editing ? t.channels.secretKeep : t.channels.secretHint} className="sm:col-span-2">
            <Input id="channel-secret" name="key" type="password" autoComplete="new-password" aria-describedby="channel-secret-hint" />
          </Field>
          <Field id="channel-groups" label={t.channels.groups} hint={t.channels.groupsHint}>
            <Input id="channel-groups" name="group" defaultValue={editing?.group ?? "default"} aria-describedby="channel-groups-hint" />
          </Field>
          <Field id="channel-models" label={t.channels.models} hint={t.channels.modelsHint}>
            <Input id="channel-models" name="models" defaultValue={editing?.models ?? ""} aria-describedby="channel-models-hint" />
          </Field>
          <Field id="channel-tag" label={t.channels.tag} hint={t.channels.tagHint}>
            <Input id="channel-tag" name="tag" maxLength={64} defaultValue={editing?.tag ?? ""} aria-describedby="channel-tag-hint" />
          </Field>
          <Field id="channel-priority" label={t.channels.priority}>
            <Input id="channel-priority" name="priority" type="number" step={1} defaultValue={editing?.priority ?? 0} />
          </Field>
          <Field id="channel-weight" label={t.channels.weight}>
            <Input id="channel-weight" name="weight" type="number" min={0} step={1} defaultValue={editing?.weight ?? 0} />
          </Field>
          <div className="flex items-center sm:col-span-2">
            <Checkbox id="channel-auto-ban" name="auto_ban" label={t.channels.autoBan} defaultChecked={editing ? editing.auto_ban === 1 : true} />
          </div>
        </div>
        <FormError message={error} />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending || refreshing}>{editing ? t.common.save : t.channels.add}</Button>
          {editing ? <Button variant="ghost" onClick={onDone}>{t.common.cancel}</Button> : null}
        </div>
      </form>
    </Card>
  );
}
