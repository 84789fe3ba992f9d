import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppHeader } from "@/components/layout/app-header";
import { TokenManager } from "@/components/account/token-manager";

export const metadata: Metadata = { title: "Service account tokens" };

export default async function ServiceAccountTokensPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requirePageActor(`/admin/accounts/${userId}/tokens`);
  const account = await getDb().user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, isServiceAccount: true },
  });
  if (!account?.isServiceAccount) notFound();
  return (
    <>
      <AppHeader actor={actor} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">{account.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Service account · add it to a launch by its email <code>{account.email}</code>
        </p>
        {actor.isAdmin ? (
          <TokenManager userId={userId} />
        ) : (
          <p>Only an instance admin manages a service account&apos;s tokens.</p>
        )}
      </main>
    </>
  );
}
