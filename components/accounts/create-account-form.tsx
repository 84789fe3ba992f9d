"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

export function CreateAccountForm() {
  const { send, error, busy } = useLaunchRequest();
  const [form, setForm] = useState({ name: "", email: "", password: "", isAdmin: false });
  const [created, setCreated] = useState<string | null>(null);
  const fieldError = (name: string) => error?.fields?.[name]?.join(" ");
  return (
    <form
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await send("POST", "/api/accounts", form)) {
          setCreated(form.email);
          setForm({ name: "", email: "", password: "", isAdmin: false });
        }
      }}
    >
      <h2 className="font-semibold">Create an account</h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Name" error={fieldError("name")}>
          <TextInput required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label="Email" error={fieldError("email")}>
          <TextInput
            type="email"
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </Field>
        <Field
          label="Initial password"
          hint="At least 8 characters; share it privately."
          error={fieldError("password")}
        >
          <TextInput
            type="password"
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={form.isAdmin}
          onChange={(e) => setForm({ ...form, isAdmin: e.target.checked })}
        />{" "}
        Instance admin (can create accounts)
      </label>
      <ErrorMessage message={error?.error ?? null} />
      {created && <p className="text-sm text-emerald-600">Created {created}. A lead can now add them to a launch.</p>}
      <Button type="submit" disabled={busy}>
        Create account
      </Button>
    </form>
  );
}
