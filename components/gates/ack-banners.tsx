"use client";

import { useState } from "react";
import type { AckRequestData } from "@/lib/audit/event-types";
import { clock, fullTime } from "@/components/gates/gate-look";
import type { GateResult } from "@/components/gates/use-gate-actions";

/** Requests this person has not acknowledged yet (the one who asked is not asked back). */
export const pendingAcksOf = (requests: AckRequestData[], actorId: string) =>
  requests.filter(
    (request) => request.createdBy?.id !== actorId && !request.acks.some((ack) => ack.userId === actorId),
  );

/** "Please acknowledge": one banner per unacknowledged message, until this person presses Acknowledge. */
export function AckBanners({
  pending,
  timeZone,
  onAcknowledge,
}: {
  pending: AckRequestData[];
  timeZone: string;
  onAcknowledge: (requestId: string) => Promise<GateResult>;
}) {
  return pending.map((request) => (
    <AckBanner key={request.id} request={request} timeZone={timeZone} onAcknowledge={onAcknowledge} />
  ));
}

function AckBanner({
  request,
  timeZone,
  onAcknowledge,
}: {
  request: AckRequestData;
  timeZone: string;
  onAcknowledge: (requestId: string) => Promise<GateResult>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div
      data-testid="ack-banner"
      data-request-id={request.id}
      role="status"
      className="rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950 shadow-sm dark:border-sky-700 dark:bg-sky-950/60 dark:text-sky-50"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wider text-sky-800 dark:text-sky-300">
            Please acknowledge · {request.createdBy?.name ?? "The lead"} at{" "}
            <time dateTime={request.createdAt} title={fullTime(request.createdAt, timeZone)}>
              {clock(request.createdAt, timeZone)}
            </time>
          </p>
          <p className="mt-0.5 whitespace-pre-line break-words text-base font-medium" data-testid="ack-message">
            {request.message}
          </p>
        </div>
        <button
          type="button"
          data-testid="ack-button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const result = await onAcknowledge(request.id);
            setBusy(false);
            if (!result.ok) setError(result.error);
          }}
          className="h-11 shrink-0 rounded-lg bg-sky-700 px-5 text-sm font-semibold text-white hover:bg-sky-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500"
        >
          {busy ? "Acknowledging…" : "Acknowledge"}
        </button>
      </div>
      {error && <p className="mt-2 text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
