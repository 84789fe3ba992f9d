"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

type Props = { callbackUrl: string; passwordSignIn?: boolean; sso?: { name: string } | null };

export function SignInForm({ callbackUrl, passwordSignIn = true, sso = null }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (!result || result.error) return setError(signInError(result?.error));
    // A full navigation, so the server renders the next page with the new session cookie.
    window.location.assign(safeCallback(callbackUrl));
  }

  const ssoButton = sso && (
    <Button
      type="button"
      variant={passwordSignIn ? "ghost" : "primary"}
      className="w-full"
      onClick={() => void signIn("oidc", { callbackUrl: safeCallback(callbackUrl) })}
    >
      Sign in with {sso.name}
    </Button>
  );
  if (!passwordSignIn) return <div className="space-y-4">{ssoButton}</div>;
  return (
    <form onSubmit={submit} className="space-y-4">
      <label className="block text-sm font-medium">
        Email
        <input name="email" type="email" autoComplete="username" required className={inputClass} />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </label>
      {error && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Signing in…" : "Sign in"}
      </Button>
      {ssoButton}
    </form>
  );
}

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900";

function signInError(error: string | null | undefined): string {
  const wait = /^RateLimited-(\d+)$/.exec(error ?? "")?.[1];
  if (wait) {
    const minutes = Math.max(1, Math.ceil(Number(wait) / 60));
    return `Too many failed sign-ins for this account or network. Wait ${minutes} min and try again, or ask an admin to reset your password.`;
  }
  return "That email and password do not match an account.";
}

/** Only same-site paths: a crafted link must not bounce someone elsewhere after signing in. */
function safeCallback(url: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? url : "/";
}
