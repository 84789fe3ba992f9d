"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { sendJson, type ApiError } from "@/lib/http/send-json";

/** Changing the password ends every session, this one too: sign in again with the new one. */
export function ChangePasswordForm() {
  const [form, setForm] = useState({ currentPassword: "", newPassword: "" });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const answer = await sendJson("POST", "/api/account/password", form);
        setBusy(false);
        if (!answer.ok) return setError(answer.body);
        await signOut({ callbackUrl: "/signin" });
      }}
    >
      <h2 className="font-semibold">Change your password</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Current password" error={error?.fields?.currentPassword?.join(" ")}>
          <TextInput
            type="password"
            autoComplete="current-password"
            required
            value={form.currentPassword}
            onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
          />
        </Field>
        <Field
          label="New password"
          hint="At least 8 characters. You will sign in again."
          error={error?.fields?.newPassword?.join(" ")}
        >
          <TextInput
            type="password"
            autoComplete="new-password"
            required
            value={form.newPassword}
            onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
          />
        </Field>
      </div>
      <ErrorMessage message={error && !error.fields ? error.error : null} />
      <Button type="submit" disabled={busy}>
        Change password
      </Button>
    </form>
  );
}
