"use client";

import { ErrorMessage } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

/** With single sign-on configured, an admin may turn password sign-in off for everyone. */
export function PasswordSignInToggle({ enabled, ssoName }: { enabled: boolean; ssoName: string }) {
  const { send, error, busy } = useLaunchRequest();
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 text-sm dark:border-slate-800 dark:bg-slate-900">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={enabled}
          disabled={busy}
          onChange={(e) => void send("PATCH", "/api/settings", { passwordSignIn: e.target.checked })}
        />
        Allow password sign-in (otherwise only {ssoName})
      </label>
      <ErrorMessage message={error?.error ?? null} />
    </div>
  );
}
