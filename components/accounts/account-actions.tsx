"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

type Account = { id: string; name: string; isServiceAccount: boolean; deactivatedAt: Date | string | null };

/** An admin's controls for one account: deactivate / reactivate, reset a password, a service account's tokens. */
export function AccountActions({ account }: { account: Account }) {
  const { send, error, busy } = useLaunchRequest();
  const active = !account.deactivatedAt;
  return (
    <span className="flex flex-wrap items-center gap-2">
      {account.isServiceAccount ? (
        <Link href={`/admin/accounts/${account.id}/tokens`} className="text-indigo-600 hover:underline">
          Tokens
        </Link>
      ) : (
        <Button
          variant="ghost"
          disabled={busy || !active}
          onClick={() => {
            const password = window.prompt(`New password for ${account.name} (at least 8 characters):`);
            if (password) void send("POST", `/api/accounts/${account.id}/password`, { password });
          }}
        >
          Reset password
        </Button>
      )}
      <Button
        variant="ghost"
        disabled={busy}
        onClick={() => send("PATCH", `/api/accounts/${account.id}`, { active: !active })}
      >
        {active ? "Deactivate" : "Reactivate"}
      </Button>
      <ErrorMessage message={error?.error ?? null} />
    </span>
  );
}
