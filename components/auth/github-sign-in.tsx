import { signIn } from "@/lib/auth/next-auth";
import { buttonClass } from "../ui/button";

export function githubConfigured(): boolean {
  return Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);
}

export function GithubSignIn({ label }: { label: string }) {
  async function signInWithGithub() {
    "use server";
    await signIn("github", { redirectTo: "/dashboard" });
  }
  return (
    <form action={signInWithGithub}>
      <button type="submit" className={`${buttonClass("secondary")} w-full`}>{label}</button>
    </form>
  );
}
