"use client";

import { useMemo } from "react";
import Link from "next/link";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { ChevronIcon } from "@/components/ui/icons";
import { clock, decisionLook, fullTime } from "@/components/gates/gate-look";
import { OverrideBadge } from "@/components/gates/gate-decision";
import { canSignNow, gateContext, readinessText, situationOf, type GateSituation } from "@/components/gates/gate-state";

type Props = {
  /** A live snapshot (from the host page's `useLaunchLive`): the card follows it. */
  snapshot: Pick<LaunchSnapshot, "id" | "gates" | "members" | "sections" | "timezone" | "myRole">;
  /** The viewer: adds "your sign-off is requested" where it is. */
  actorId?: string;
  className?: string;
};

/**
 * Each gate's state at a glance, for any launch page: not opened / open (ready or what is missing) /
 * decided GO, NO-GO or HOLD with who and when, and an OVERRIDE badge. Links to the gates page.
 */
export function GateSummaryCard({ snapshot, actorId, className = "" }: Props) {
  const situations = useMemo(() => {
    const context = gateContext(snapshot);
    return snapshot.gates.map((gate) => situationOf(gate, context));
  }, [snapshot]);
  const href = `/launches/${snapshot.id}/gates`;
  return (
    <section
      data-testid="gate-summary"
      aria-labelledby="gate-summary-title"
      className={`rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <header className="flex items-center justify-between gap-3 px-4 pb-2 pt-3">
        <h2
          id="gate-summary-title"
          className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
        >
          Go / no-go
        </h2>
        <Link
          href={href}
          className="inline-flex items-center text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          Gates <ChevronIcon className="h-4 w-4" />
        </Link>
      </header>
      {situations.length === 0 ? (
        <p className="px-4 pb-3 text-sm text-slate-500 dark:text-slate-400">No gates set up.</p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {situations.map((situation) => (
            <SummaryRow
              key={situation.gate.id}
              situation={situation}
              href={`${href}#gate-${situation.gate.id}`}
              timeZone={snapshot.timezone}
              requested={!!actorId && canSignNow(situation, actorId, snapshot.myRole)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SummaryRow({
  situation,
  href,
  timeZone,
  requested,
}: {
  situation: GateSituation;
  href: string;
  timeZone: string;
  requested: boolean;
}) {
  const { gate, round, state } = situation;
  const decision = round?.decision ? decisionLook[round.decision] : null;
  return (
    <li
      data-testid="gate-summary-row"
      data-gate-id={gate.id}
      data-state={state}
      data-decision={round?.decision ?? undefined}
    >
      <Link
        href={href}
        className="block px-4 py-2.5 hover:bg-slate-50 focus:outline-none focus-visible:bg-slate-50 dark:hover:bg-slate-800/60 dark:focus-visible:bg-slate-800/60"
      >
        <div className="flex items-center justify-between gap-3">
          <p className="min-w-0 truncate text-sm font-medium">{gate.title}</p>
          {decision ? (
            <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-extrabold tracking-wide ${decision.solid}`}>
              {decision.label}
            </span>
          ) : (
            <span
              className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
                state === "ready"
                  ? "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-400/30"
                  : state === "open"
                    ? "bg-indigo-50 text-indigo-800 ring-indigo-600/20 dark:bg-indigo-950/60 dark:text-indigo-200 dark:ring-indigo-400/30"
                    : "bg-slate-100 text-slate-600 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700"
              }`}
            >
              {state === "ready"
                ? "Ready for GO"
                : state === "open"
                  ? `Open · round ${round?.number ?? 1}`
                  : "Not opened"}
            </span>
          )}
        </div>
        {round?.decision ? (
          <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span>
              {decision?.verb}{" "}
              <span className="font-medium text-slate-800 dark:text-slate-200">
                {round.decidedBy?.name ?? "someone"}
              </span>
              {round.decidedAt && (
                <>
                  {" "}
                  at{" "}
                  <time dateTime={round.decidedAt} title={fullTime(round.decidedAt, timeZone)}>
                    {clock(round.decidedAt, timeZone)}
                  </time>
                </>
              )}
            </span>
            {round.override && <OverrideBadge className="px-1.5 py-px text-[10px] ring-0" />}
          </div>
        ) : state === "open" ? (
          <p className="mt-0.5 truncate text-xs text-slate-600 dark:text-slate-400">
            {readinessText(situation.evaluation, gate.criteria.signoffs).replace(/^Not ready: /, "")}
          </p>
        ) : null}
        {round?.override && (
          <p className="mt-0.5 line-clamp-2 text-xs text-fuchsia-800 dark:text-fuchsia-300">
            Override: {round.overrideReason}
          </p>
        )}
        {requested && (
          <p className="mt-1 text-xs font-semibold text-indigo-700 dark:text-indigo-300">
            Your sign-off is requested →
          </p>
        )}
      </Link>
    </li>
  );
}
