import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { AppHeader } from "@/components/layout/app-header";
import { TokenManager } from "@/components/account/token-manager";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  return (
    <>
      <AppHeader actor={actor} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {actor.name} · {actor.email}
        </p>
        <TokenManager />
        <ChangePasswordForm />
      </main>
    </>
  );
}
