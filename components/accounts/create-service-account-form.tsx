"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

export function CreateServiceAccountForm() {
  const { send, error, busy } = useLaunchRequest();
  const [name, setName] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await send("POST", "/api/service-accounts", { name })) setName("");
      }}
    >
      <Field
        label="New service account"
        hint="A non-person account for a pipeline; it acts only through its tokens."
        error={error?.fields?.name?.join(" ")}
      >
        <TextInput required value={name} placeholder="CI pipeline" onChange={(e) => setName(e.target.value)} />
      </Field>
      <Button type="submit" disabled={busy}>
        Create service account
      </Button>
      <ErrorMessage message={error && !error.fields ? error.error : null} />
    </form>
  );
}
