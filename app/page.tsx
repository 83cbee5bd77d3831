import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { hasAnyUser } from "@/lib/users/bootstrap-root";

export default async function Home() {
  if (!(await hasAnyUser())) redirect("/setup");
  redirect((await getSession()) ? "/dashboard" : "/login");
}
