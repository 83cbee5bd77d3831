import { Pagination, pageHref } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserSearch } from "@/components/users/user-search";
import { UserTable } from "@/components/users/user-table";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { getOptions } from "@/lib/options/options";
import { configuredGroups } from "@/lib/users/configured-groups";
import { listUsers } from "@/lib/users/manage-users";
import { userOutput } from "@/lib/users/user-select";
import { pageNumber, pageWindow } from "@/lib/http/pagination";

const PAGE_SIZE = 20;

export async function generateMetadata() {
  return { title: (await getMessages()).users.title };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string; keyword?: string }> }) {
  const params = await searchParams;
  const page = pageNumber(params.page);
  const keyword = (params.keyword ?? "").trim().slice(0, 64);
  const viewer = await requireUser("admin");
  const [t, { items, total }] = await Promise.all([getMessages(), listUsers(pageWindow(page, PAGE_SIZE), { keyword })]);
  return (
    <>
      <PageHeader title={t.users.title} description={t.users.subtitle} />
      <div className="space-y-6">
        <CreateUserForm groups={configuredGroups(await getOptions())} />
        <div>
          <UserSearch keyword={keyword} />
          <UserTable users={items.map(userOutput)} viewer={{ id: viewer.id, role: viewer.role }} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(target) => pageHref("/admin/users", { keyword: keyword || undefined }, target)} />
        </div>
      </div>
    </>
  );
}
