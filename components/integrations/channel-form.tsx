"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";
import { SecretOnce } from "@/components/integrations/secret-once";

const kinds = {
  webhook: "Generic webhook (signed JSON)",
  slack: "Slack incoming webhook",
  teams: "Microsoft Teams incoming webhook",
  email: "Email",
} as const;
type Kind = keyof typeof kinds;

/** Adds a channel; a new webhook's signing secret is shown here once. */
export function ChannelForm({ launchId }: { launchId: string }) {
  const { send, error, busy } = useLaunchRequest();
  const [kind, setKind] = useState<Kind>("webhook");
  const [name, setName] = useState("");
  const [target, setTarget] = useState("");
  const [types, setTypes] = useState("");
  const [secret, setSecret] = useState<string | null>(null);

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      data-testid="channel-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const eventTypes = types
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean);
        const body =
          kind === "email" ? { kind, name, emailTo: target, eventTypes } : { kind, name, url: target, eventTypes };
        const answer = await send<{ secret: string | null }>("POST", `/api/launches/${launchId}/channels`, body);
        if (answer) {
          setSecret(answer.secret);
          setName("");
          setTarget("");
          setTypes("");
        }
      }}
    >
      <Field label="Kind">
        <Select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {Object.entries(kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Name">
        <TextInput required value={name} onChange={(e) => setName(e.target.value)} placeholder="Release pipeline" />
      </Field>
      <Field
        label={kind === "email" ? "Recipients" : "URL"}
        hint={
          kind === "email"
            ? "Comma-separated addresses"
            : kind === "webhook"
              ? "We POST a signed JSON envelope here"
              : "The incoming-webhook URL from the app's settings"
        }
      >
        <TextInput
          required
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          type={kind === "email" ? "text" : "url"}
          placeholder={kind === "email" ? "cab@example.com" : "https://"}
        />
      </Field>
      <Field label="Events" hint="Empty: every event. Or types and families, e.g. gate.decided, step, incident">
        <TextInput value={types} onChange={(e) => setTypes(e.target.value)} placeholder="gate.decided, step.failed" />
      </Field>
      <div className="sm:col-span-2 flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          Add channel
        </Button>
        <ErrorMessage message={error?.error ?? null} />
      </div>
      {secret && (
        <div className="sm:col-span-2">
          <SecretOnce secret={secret} onDone={() => setSecret(null)} />
        </div>
      )}
    </form>
  );
}
