import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function AppHeader({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-white">
            ▲
          </span>
          Launch Control
        </Link>
        <div className="flex items-center gap-3 text-sm">
          {actor.isAdmin && (
            <Link
              href="/admin/accounts"
              className="text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
            >
              Accounts
            </Link>
          )}
          <Link
            href="/account"
            title="Your account: password and API tokens"
            className="hidden text-slate-600 hover:text-slate-900 sm:inline dark:text-slate-400 dark:hover:text-white"
            data-testid="signed-in-as"
          >
            {actor.name}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
