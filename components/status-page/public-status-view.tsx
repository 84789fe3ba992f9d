"use client";

import { useEffect, useState } from "react";
import { io } from "socket.io-client";
import type { PublicStatus } from "@/lib/status-page/schemas";
import { statusEventName, statusNamespace } from "@/lib/status-page/status-room";
import { formatDayTime } from "@/lib/time/zoned";

const statusWords: Record<string, string> = {
  planning: "Planned",
  ready: "Ready to start",
  in_progress: "In progress",
  monitoring: "Live, being monitored",
  completed: "Completed",
  rolled_back: "Rolled back",
  aborted: "Called off",
};
const statusTone: Record<string, string> = {
  in_progress: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  monitoring: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  completed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  rolled_back: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  aborted: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

/** The public page, kept current over the read-only /status namespace (no session, no cookies). */
export function PublicStatusView({ token, initial }: { token: string; initial: PublicStatus }) {
  const [status, setStatus] = useState(initial);
  const [live, setLive] = useState<"connecting" | "live" | "offline" | "closed">("connecting");

  useEffect(() => {
    const socket = io(statusNamespace, { withCredentials: false });
    const join = () =>
      socket.emit("status:join", { token }, (answer: { ok: boolean; status?: PublicStatus }) => {
        if (answer.ok && answer.status) {
          setStatus(answer.status);
          setLive("live");
        } else setLive("closed");
      });
    socket.on("connect", join);
    socket.on(statusEventName, (next: PublicStatus) =>
      setStatus((current) => (next.seq >= current.seq ? next : current)),
    );
    socket.on("disconnect", (reason) => setLive(reason === "io server disconnect" ? "closed" : "offline"));
    return () => void socket.disconnect();
  }, [token]);

  const zone = status.timezone;
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">Status{status.isRehearsal && " · rehearsal"}</p>
        <h1 className="text-2xl font-semibold">{status.name}</h1>
        {status.headline && <p className="mt-2 text-lg">{status.headline}</p>}
      </header>
      <section
        aria-label="Current status"
        className={`rounded-xl p-5 ${statusTone[status.status] ?? "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100"}`}
      >
        <p className="text-2xl font-semibold" data-testid="public-status">
          {statusWords[status.status] ?? status.status}
        </p>
        {status.phase && <p className="mt-1">Now: {status.phase}</p>}
        {status.goLive?.forecast && (
          <p className="mt-1">
            Expected go-live {formatDayTime(status.goLive.forecast, zone, true)}
            {status.goLive.varianceMinutes
              ? ` (${Math.abs(status.goLive.varianceMinutes)} min ${status.goLive.varianceMinutes > 0 ? "late" : "early"})`
              : ""}
          </p>
        )}
      </section>
      {status.messages && status.messages.length > 0 && (
        <section aria-labelledby="updates">
          <h2 id="updates" className="text-lg font-semibold">
            Updates
          </h2>
          <ul className="mt-2 space-y-3" data-testid="public-messages">
            {status.messages.map((message) => (
              <li key={message.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {formatDayTime(message.sentAt, zone, true)}
                </p>
                <p className="whitespace-pre-line">{message.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {status.incidents && (
        <section aria-labelledby="incidents">
          <h2 id="incidents" className="text-lg font-semibold">
            Incidents
          </h2>
          {status.incidents.length === 0 ? (
            <p className="text-sm">None reported.</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {status.incidents.map((incident) => (
                <li key={incident.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                  <p className="font-medium">{incident.title}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {incident.severity} · {incident.status} · since {formatDayTime(incident.openedAt, zone, true)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400" role="status" data-testid="live-state">
        {live === "live"
          ? "Updates live."
          : live === "closed"
            ? "This status page is no longer available."
            : live === "offline"
              ? "Reconnecting…"
              : "Connecting…"}
      </p>
    </main>
  );
}
