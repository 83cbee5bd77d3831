import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getMessages } from "@/lib/i18n/server";

export default async function TaskNotFound() {
  const t = await getMessages();
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-xl font-semibold text-neutral-900">{t.task.notFound}</h1>
      <p className="text-sm text-neutral-500">{t.task.notFoundHint}</p>
      <Link href="/tasks" className={buttonClass("secondary")}>{t.task.backToList}</Link>
    </div>
  );
}
