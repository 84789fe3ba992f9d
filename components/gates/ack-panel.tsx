"use client";

import { useState, type FormEvent } from "react";
import type { AckRequestData, MemberData } from "@/lib/audit/event-types";
import { Button } from "@/components/ui/button";
import { ErrorMessage, inputClass } from "@/components/ui/field";
import { Avatar } from "@/components/ui/avatar";
import { clock, fullTime } from "@/components/gates/gate-look";
import type { GateResult } from "@/components/gates/use-gate-actions";

const SHOWN = 3;

/**
 * "All team members acknowledge": the lead writes a message for everyone; everyone sees live who
 * has read it and who is still awaited, for the newest requests.
 */
export function AckPanel({
  requests,
  members,
  timeZone,
  canRequest,
  suggestion,
  onRequest,
}: {
  requests: AckRequestData[];
  members: MemberData[];
  timeZone: string;
  canRequest: boolean;
  /** A message to start from, e.g. the latest decision. */
  suggestion: string | null;
  onRequest: (message: string) => Promise<GateResult>;
}) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? requests : requests.slice(0, SHOWN);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!message.trim()) return setError("Write the message everyone should acknowledge.");
    setBusy(true);
    setError(null);
    const result = await onRequest(message.trim());
    setBusy(false);
    if (result.ok) setMessage("");
    else setError(result.fields.message?.[0] ?? result.error);
  }

  return (
    <section
      aria-labelledby="acks-title"
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="acks-title" className="font-semibold">
        Team acknowledgements
      </h2>
      {canRequest && (
        <form onSubmit={send} className="mt-3">
          <label htmlFor="ack-compose" className="text-sm font-medium">
            Ask everyone to acknowledge
          </label>
          <textarea
            id="ack-compose"
            data-testid="ack-compose"
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            placeholder="e.g. GO decided: switching traffic at 02:00. Stay on the bridge."
            className={inputClass}
          />
          {suggestion && !message && (
            <button
              type="button"
              onClick={() => setMessage(suggestion)}
              className="mt-1 text-left text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              data-testid="ack-use-decision"
            >
              Use the latest decision: “{suggestion}”
            </button>
          )}
          <div className="mt-2">
            <ErrorMessage message={error} />
          </div>
          <Button type="submit" disabled={busy} data-testid="ack-send" className="mt-2 w-full">
            {busy ? "Sending…" : "Send to the whole team"}
          </Button>
        </form>
      )}
      {requests.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
          {canRequest ? "Nothing asked yet." : "The lead has not asked for acknowledgements yet."}
        </p>
      ) : (
        <ol className="mt-4 space-y-4">
          {shown.map((request) => (
            <AckStatus key={request.id} request={request} members={members} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {requests.length > SHOWN && (
        <button
          type="button"
          onClick={() => setShowAll((v) => !v)}
          className="mt-3 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          {showAll ? "Show only the newest" : `Show ${requests.length - SHOWN} older`}
        </button>
      )}
    </section>
  );
}

function AckStatus({
  request,
  members,
  timeZone,
}: {
  request: AckRequestData;
  members: MemberData[];
  timeZone: string;
}) {
  const acked = new Set(request.acks.map((ack) => ack.userId));
  const asked = members.filter((m) => m.userId !== request.createdBy?.id);
  const waiting = asked.filter((m) => !acked.has(m.userId));
  const total = asked.length;
  const count = asked.length - waiting.length;
  return (
    <li
      data-testid="ack-status"
      data-request-id={request.id}
      data-waiting={waiting.length}
      className="border-t border-slate-100 pt-3 first:border-t-0 first:pt-0 dark:border-slate-800"
    >
      <p className="whitespace-pre-line break-words text-sm font-medium">{request.message}</p>
      <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
        {request.createdBy?.name ?? "The lead"} at{" "}
        <time dateTime={request.createdAt} title={fullTime(request.createdAt, timeZone)}>
          {clock(request.createdAt, timeZone)}
        </time>{" "}
        ·{" "}
        <span className={waiting.length === 0 ? "font-semibold text-emerald-700 dark:text-emerald-400" : ""}>
          {count} of {total} acknowledged
        </span>
      </p>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden>
        <div
          className="h-full rounded-full bg-emerald-500 transition-all"
          style={{ width: `${total ? (count / total) * 100 : 100}%` }}
        />
      </div>
      {request.acks.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label="Acknowledged">
          {request.acks.map((ack) => (
            <li key={ack.userId} data-testid="ack-done" className="flex items-center gap-2 text-sm">
              <Avatar id={ack.userId} name={ack.name} />
              <span className="min-w-0 flex-1 truncate">{ack.name}</span>
              <span className="text-emerald-700 dark:text-emerald-400">✓</span>
              <time dateTime={ack.at} className="text-xs tabular-nums text-slate-500 dark:text-slate-400">
                {clock(ack.at, timeZone)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="ack-waiting">
          Waiting for{" "}
          <span className="font-medium text-slate-800 dark:text-slate-200">
            {waiting.map((m) => m.name).join(", ")}
          </span>
        </p>
      )}
    </li>
  );
}
