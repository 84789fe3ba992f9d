"use client";

import { useCallback, useRef } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { useToast } from "@/components/ui/toast";
import {
  askNotificationPermission,
  notifyInBrowser,
  useNotificationPermission,
} from "@/components/gates/browser-notifications";
import { joinNames, readinessText, type GateSituation } from "@/components/gates/gate-state";

const BellIcon = () => (
  <svg viewBox="0 0 20 20" className="h-3.5 w-3.5" aria-hidden fill="currentColor">
    <path
      fillRule="evenodd"
      d="M10 2a6 6 0 0 0-6 6c0 1.89-.45 3.67-1.24 5.24a.75.75 0 0 0 .67 1.09h13.14a.75.75 0 0 0 .67-1.09A11.7 11.7 0 0 1 16 8a6 6 0 0 0-6-6Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z"
      clipRule="evenodd"
    />
  </svg>
);

/** Events older than this arrived by catch-up after a reconnect: the banner says it, no new alert. */
const FRESH_MS = 10 * 60_000;
const TOAST_MS = 10_000;

export const showGate = (gateId: string) => {
  const card = document.getElementById(`gate-${gateId}`);
  card?.scrollIntoView({ behavior: "smooth", block: "start" });
  card
    ?.querySelector<HTMLElement>('[data-testid="sign-go"], [data-testid="decide-go"], [data-testid="decision-comment"]')
    ?.focus({ preventScroll: true });
};

/**
 * Hears `gate.round_opened` for the rounds that name this person: a toast now and, when allowed, a
 * browser notification. Pass the result as `useLaunchLive`'s `onEvent`.
 */
export function useSignoffAlerts(actorId: string) {
  const toast = useToast();
  const lastShown = useRef(new Map<string, number>());
  return useCallback(
    (event: LaunchEvent) => {
      if (event.type !== "gate.round_opened" || !event.data.requestedUserIds.includes(actorId)) return;
      if (Date.now() - Date.parse(event.at) > FRESH_MS) return;
      const { gate } = event.data;
      // Rounds reopened in quick succession: one toast is enough, the banner stays anyway.
      if (Date.now() - (lastShown.current.get(gate.id) ?? 0) < TOAST_MS) return;
      lastShown.current.set(gate.id, Date.now());
      const round = gate.rounds.at(-1);
      const message = `Your sign-off is requested: ${gate.title}`;
      toast({ message, action: { label: "Sign now", onClick: () => showGate(gate.id), testId: "toast-show-gate" } });
      notifyInBrowser(
        message,
        `${event.actor?.name ?? "The lead"} opened round ${round?.number ?? 1}. Sign GO or NO-GO in Launch Control.`,
        `gate-${gate.id}-${round?.number ?? 1}`,
        () => showGate(gate.id),
      );
    },
    [actorId, toast],
  );
}

/** Persistent: stays while a round waits for this person's sign-off, also after a reload. */
export function SignoffRequestedBanners({ requested }: { requested: GateSituation[] }) {
  return requested.map((situation) => (
    <div
      key={situation.gate.id}
      data-testid="signoff-requested-banner"
      data-gate-id={situation.gate.id}
      role="status"
      className="flex flex-col gap-3 rounded-xl border border-indigo-300 bg-indigo-600 px-4 py-3 text-white shadow-sm sm:flex-row sm:items-center sm:justify-between dark:border-indigo-500/60 dark:bg-indigo-700"
    >
      <div className="min-w-0">
        <p className="font-semibold">Your sign-off is requested: {situation.gate.title}</p>
        <p className="text-sm text-indigo-100">
          Round {situation.round?.number ?? 1} · {readinessText(situation.evaluation, situation.gate.criteria.signoffs)}
        </p>
      </div>
      <a
        href={`#gate-${situation.gate.id}`}
        onClick={(event) => {
          event.preventDefault();
          showGate(situation.gate.id);
        }}
        className="shrink-0 rounded-lg bg-white px-4 py-2 text-center text-sm font-semibold text-indigo-700 hover:bg-indigo-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
      >
        Sign now
      </a>
    </div>
  ));
}

function readySummary(situation: GateSituation) {
  const signed = [...new Set(situation.evaluation.requirements.flatMap((r) => r.signedGo))];
  return signed.length ? `All criteria met · GO from ${joinNames(signed)}` : "All criteria met";
}

/** The sponsor's cue: a round is open; once it is ready it waits for their decision. */
export function DecisionRequestedBanners({ open }: { open: GateSituation[] }) {
  return open.map((situation) => (
    <div
      key={situation.gate.id}
      data-testid="decision-requested-banner"
      data-gate-id={situation.gate.id}
      className={`flex flex-col gap-3 rounded-xl border px-4 py-3 sm:flex-row sm:items-center sm:justify-between ${
        situation.state === "ready"
          ? "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50"
          : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
      }`}
    >
      <div className="min-w-0">
        <p className="font-semibold">
          {situation.state === "ready"
            ? `Ready for your decision: ${situation.gate.title}`
            : `Open for sign-off: ${situation.gate.title}`}
        </p>
        <p className="text-sm opacity-80">
          {situation.state === "ready"
            ? readySummary(situation)
            : readinessText(situation.evaluation, situation.gate.criteria.signoffs)}
        </p>
      </div>
      <a
        href={`#gate-${situation.gate.id}`}
        onClick={(event) => {
          event.preventDefault();
          showGate(situation.gate.id);
        }}
        className="shrink-0 rounded-lg bg-slate-900 px-4 py-2 text-center text-sm font-semibold text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        {situation.state === "ready" ? "Decide" : "View"}
      </a>
    </div>
  ));
}

/** A small, explicit opt-in for system notifications; the browser asks only after this press. */
export function BrowserNotificationsToggle() {
  const permission = useNotificationPermission();
  if (permission === null || permission === "unsupported") return null;
  if (permission === "granted")
    return (
      <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="notifications-on">
        Browser notifications are on for sign-off requests.
      </p>
    );
  if (permission === "denied")
    return (
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Browser notifications are blocked in this browser&apos;s settings.
      </p>
    );
  return (
    <button
      type="button"
      data-testid="enable-notifications"
      onClick={() => void askNotificationPermission()}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <BellIcon /> Enable browser notifications
    </button>
  );
}
