"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextInput } from "@/components/ui/field";
import { sendJson, type ApiError } from "@/lib/http/send-json";

type Token = {
  id: string;
  name: string;
  scope: "read" | "write";
  prefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};

const when = (iso: string | null, none: string) =>
  iso ? new Date(iso).toLocaleString(undefined, { timeZoneName: "short" }) : none;

/** Create, list and revoke API tokens: one's own, or (for an admin) a service account's via `userId`. */
export function TokenManager({ userId }: { userId?: string }) {
  const query = userId ? `?userId=${encodeURIComponent(userId)}` : "";
  const [tokens, setTokens] = useState<Token[]>([]);
  const [form, setForm] = useState({ name: "", scope: "read", expiresInDays: "90" });
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const answer = await sendJson<{ tokens: Token[] }>("GET", `/api/tokens${query}`);
    if (answer.ok) setTokens(answer.body.tokens);
    else setError(answer.body);
  }, [query]);
  // load() sets state only once the request has answered, never synchronously in the effect.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => void load(), [load]);

  async function send<T>(method: string, url: string, body?: unknown): Promise<T | null> {
    setBusy(true);
    setError(null);
    const answer = await sendJson<T>(method, url, body);
    setBusy(false);
    if (!answer.ok) return (setError(answer.body), null);
    await load();
    return answer.body;
  }

  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="font-semibold">API tokens</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        For pipelines and scripts: <code>Authorization: Bearer &lt;token&gt;</code> on any API request. A token can do
        what its account can do on its launches; a read token only reads.
      </p>
      <form
        className="grid gap-4 sm:grid-cols-4"
        onSubmit={async (event) => {
          event.preventDefault();
          const days = form.expiresInDays === "" ? null : Number(form.expiresInDays);
          const created = await send<{ secret: string }>("POST", "/api/tokens", {
            name: form.name,
            scope: form.scope,
            expiresInDays: days,
            ...(userId && { userId }),
          });
          if (created) {
            setSecret(created.secret);
            setForm({ ...form, name: "" });
          }
        }}
      >
        <Field label="Name" error={error?.fields?.name?.join(" ")}>
          <TextInput
            required
            value={form.name}
            placeholder="Deploy pipeline"
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </Field>
        <Field label="Scope">
          <Select value={form.scope} onChange={(e) => setForm({ ...form, scope: e.target.value })}>
            <option value="read">Read only</option>
            <option value="write">Read and write</option>
          </Select>
        </Field>
        <Field label="Expires after" error={error?.fields?.expiresInDays?.join(" ")}>
          <Select value={form.expiresInDays} onChange={(e) => setForm({ ...form, expiresInDays: e.target.value })}>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
            <option value="">Never</option>
          </Select>
        </Field>
        <div className="flex items-end">
          <Button type="submit" disabled={busy}>
            Create token
          </Button>
        </div>
      </form>
      <ErrorMessage message={error?.error ?? null} />
      {secret && (
        <div className="rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950" role="status">
          <p className="font-medium">Copy the token now: it is shown only this once.</p>
          <code className="mt-1 block break-all" data-testid="new-token">
            {secret}
          </code>
        </div>
      )}
      <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="token">
            <span>
              <span className="font-medium">{token.name}</span>{" "}
              <span className="text-slate-500">
                {token.prefix}… · {token.scope === "write" ? "read + write" : "read only"}
              </span>
              <span className="block text-xs text-slate-500">
                Last used {when(token.lastUsedAt, "never")} ·{" "}
                {token.revokedAt ? `revoked ${when(token.revokedAt, "")}` : `expires ${when(token.expiresAt, "never")}`}
              </span>
            </span>
            {!token.revokedAt && (
              <Button variant="ghost" disabled={busy} onClick={() => send("DELETE", `/api/tokens/${token.id}`)}>
                Revoke
              </Button>
            )}
          </li>
        ))}
        {tokens.length === 0 && <li className="py-2 text-slate-500">No tokens yet.</li>}
      </ul>
    </section>
  );
}
