import Form from "next/form";
import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { Button, buttonClass } from "../ui/button";
import { Field, Input, Select } from "../ui/input";

export interface ChannelSearch {
  keyword: string;
  status: string;
  group: string;
  tag: string;
}

/** Search, status, group and tag filters of the channel list (a GET form). */
export function ChannelFilters({ search, groups, tags, t }: { search: ChannelSearch; groups: string[]; tags: string[]; t: Messages }) {
  return (
    <div className="rounded-xl border border-neutral-200 bg-surface p-4 shadow-sm">
      <Form key={Object.values(search).join("|")} action="/admin/channels" className="flex flex-wrap items-end gap-3">
        <Field id="channel-keyword" label={t.channels.keyword} className="w-full sm:w-56">
          <Input id="channel-keyword" name="keyword" type="search" defaultValue={search.keyword} placeholder={t.channels.keywordHint} autoComplete="off" />
        </Field>
        <Field id="channel-status-filter" label={t.channels.statusFilter} className="w-full sm:w-40">
          <Select id="channel-status-filter" name="status" defaultValue={search.status}>
            <option value="">{t.channels.allStatuses}</option>
            {[1, 2, 3].map((status) => <option key={status} value={status}>{t.channels.statusNames[status]}</option>)}
          </Select>
        </Field>
        <Field id="channel-group-filter" label={t.channels.groupFilter} className="w-full sm:w-36">
          <Select id="channel-group-filter" name="group" defaultValue={search.group}>
            <option value="">—</option>
            {groups.map((group) => <option key={group} value={group}>{group}</option>)}
          </Select>
        </Field>
        <Field id="channel-tag-filter" label={t.channels.tagFilter} className="w-full sm:w-36">
          <Select id="channel-tag-filter" name="tag" defaultValue={search.tag}>
            <option value="">—</option>
            {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </Select>
        </Field>
        <div className="flex gap-2">
          <Button type="submit">{t.common.filter}</Button>
          <Link href="/admin/channels" className={buttonClass("ghost")}>{t.common.reset}</Link>
        </div>
      </Form>
    </div>
  );
}
