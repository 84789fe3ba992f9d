"use client";

import { useState } from "react";
import type { ChannelData } from "@/lib/audit/event-types";
import type { DeliveryView } from "@/lib/outbound/channel-view";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";
import { SecretOnce } from "@/components/integrations/secret-once";

type Channel = ChannelData & { deliveries: DeliveryView[] };
const statusClass = {
  delivered: "text-emerald-700 dark:text-emerald-400",
  failed: "text-red-700 dark:text-red-400",
  pending: "text-amber-700 dark:text-amber-400",
  sending: "text-sky-700 dark:text-sky-400",
} as const;

/** Each channel with its delivery log, and the lead's actions: send test, redeliver, rotate secret, remove. */
export function ChannelList({ launchId, channels }: { launchId: string; channels: Channel[] }) {
  const { send, error, busy } = useLaunchRequest();
  const [secret, setSecret] = useState<string | null>(null);
  if (channels.length === 0)
    return <p className="text-sm text-slate-500">No channels yet: events stay inside Launch Control.</p>;
  const base = `/api/launches/${launchId}/channels`;
  return (
    <div className="space-y-6">
      <ErrorMessage message={error?.error ?? null} />
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
      {channels.map((channel) => (
        <article
          key={channel.id}
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          data-testid="channel"
          aria-label={`Channel ${channel.name}`}
        >
          <header className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{channel.name}</h3>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">{channel.kind}</span>
            <span className="min-w-0 flex-1 truncate text-sm text-slate-500">{channel.target}</span>
            <Button variant="secondary" disabled={busy} onClick={() => send("POST", `${base}/${channel.id}/test`)}>
              Send test
            </Button>
            {channel.kind === "webhook" && (
              <Button
                variant="ghost"
                disabled={busy}
                onClick={async () => {
                  if (!confirm("Replace the signing secret? Receivers must switch to the new one.")) return;
                  const answer = await send<{ secret: string }>("POST", `${base}/${channel.id}/secret`);
                  if (answer) setSecret(answer.secret);
                }}
              >
                Rotate secret
              </Button>
            )}
            <Button
              variant="ghost"
              disabled={busy}
              onClick={() => confirm(`Remove the channel ${channel.name}?`) && send("DELETE", `${base}/${channel.id}`)}
            >
              Remove
            </Button>
          </header>
          <p className="mt-1 text-xs text-slate-500">
            Events: {channel.eventTypes.length ? channel.eventTypes.join(", ") : "all"}
          </p>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Delivery log of {channel.name}</caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1">Event</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Response</th>
                <th>Last error</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channel.deliveries.map((delivery) => (
                <tr
                  key={delivery.id}
                  className="border-t border-slate-100 dark:border-slate-800"
                  data-testid="delivery"
                  data-status={delivery.status}
                >
                  <td className="py-1">
                    {delivery.eventType}
                    {delivery.eventSeq !== null && ` #${delivery.eventSeq}`}
                    {delivery.isTest && " (test)"}
                  </td>
                  <td className={statusClass[delivery.status]}>{delivery.status}</td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.responseCode ?? "—"}</td>
                  <td className="max-w-64 truncate" title={delivery.lastError}>
                    {delivery.lastError || "—"}
                  </td>
                  <td>
                    {(delivery.status === "failed" || delivery.status === "delivered") && (
                      <Button
                        variant="ghost"
                        disabled={busy}
                        onClick={() => send("POST", `${base}/${channel.id}/deliveries/${delivery.id}/redeliver`)}
                      >
                        Redeliver
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {channel.deliveries.length === 0 && <p className="mt-2 text-sm text-slate-500">Nothing sent yet.</p>}
        </article>
      ))}
    </div>
  );
}
