import Form from "next/form";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { Button, buttonClass } from "../ui/button";
import { Field, Input } from "../ui/input";

export async function UserSearch({ keyword }: { keyword: string }) {
  const t = await getMessages();
  return (
    <div key={keyword} className="mb-4 rounded-xl border border-neutral-200 bg-surface p-4 shadow-sm">
      <Form action="/admin/users" className="flex flex-wrap items-end gap-3">
        <Field id="user-keyword" label={t.users.keyword} className="w-full sm:w-72">
          <Input id="user-keyword" name="keyword" type="search" defaultValue={keyword} placeholder={t.users.keywordHint} autoComplete="off" />
        </Field>
        <div className="flex gap-2">
          <Button type="submit">{t.users.search}</Button>
          <Link href="/admin/users" className={buttonClass("ghost")}>{t.common.reset}</Link>
        </div>
      </Form>
    </div>
  );
}
