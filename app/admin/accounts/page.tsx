import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { AppError } from "@/lib/errors";
import { AppHeader } from "@/components/layout/app-header";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { CreateServiceAccountForm } from "@/components/accounts/create-service-account-form";
import { AccountActions } from "@/components/accounts/account-actions";
import { PasswordSignInToggle } from "@/components/accounts/password-sign-in-toggle";
import { getInstanceSettings } from "@/lib/accounts/instance-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const actor = await requirePageActor("/admin/accounts");
  const accounts = await listAccounts({ actor }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") return null;
    throw error;
  });
  const settings = await getInstanceSettings();
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">Accounts</h1>
        {!accounts ? (
          <p className="text-slate-600 dark:text-slate-400">Only an instance admin can manage accounts.</p>
        ) : (
          <>
            <CreateAccountForm />
            <CreateServiceAccountForm />
            {settings.sso && <PasswordSignInToggle enabled={settings.passwordSignIn} ssoName={settings.sso.name} />}
            <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {accounts.map((account) => (
                <li key={account.id} className="flex justify-between gap-3 px-4 py-2 text-sm" data-testid="account">
                  <span>
                    <span className="font-medium">{account.name}</span>{" "}
                    <span className="text-slate-500">{account.email}</span>{" "}
                    {account.isAdmin && (
                      <span className="text-xs font-semibold uppercase text-indigo-600 dark:text-indigo-300">
                        admin
                      </span>
                    )}
                    {account.isServiceAccount && (
                      <span className="text-xs font-semibold uppercase text-teal-700 dark:text-teal-300">service</span>
                    )}
                    {account.deactivatedAt && (
                      <span className="text-xs font-semibold uppercase text-red-700 dark:text-red-400">
                        deactivated
                      </span>
                    )}
                  </span>
                  {account.id !== actor.id && <AccountActions account={account} />}
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </>
  );
}
