import type { GateRoundData } from "@/lib/audit/event-types";
import { AlertIcon } from "@/components/ui/icons";
import { clock, decisionLook, fullTime } from "@/components/gates/gate-look";
import { missingAtDecision, recordedEvaluation } from "@/components/gates/gate-state";

type Decided = GateRoundData & { decision: NonNullable<GateRoundData["decision"]> };
export const isDecided = (round: GateRoundData | null): round is Decided => !!round?.decision;

/** Marks a GO that was decided although the criteria were unmet; shown wherever the decision is. */
export function OverrideBadge({ className = "" }: { className?: string }) {
  return (
    <span
      data-testid="override-badge"
      title="Decided GO although the criteria were not met"
      className={`inline-flex items-center gap-1 rounded-md bg-fuchsia-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-white ring-2 ring-white/70 dark:bg-fuchsia-600 dark:ring-fuchsia-300/40 ${className}`}
    >
      <AlertIcon className="h-3.5 w-3.5" /> Override
    </span>
  );
}

function OverrideReason({ round, compact }: { round: Decided; compact?: boolean }) {
  const recorded = recordedEvaluation(round);
  const missing = recorded ? missingAtDecision(recorded) : [];
  return (
    <div
      className={`rounded-lg bg-white/95 text-slate-900 ring-1 ring-fuchsia-300 dark:bg-slate-950/80 dark:text-slate-100 dark:ring-fuchsia-500/50 ${compact ? "mt-2 px-3 py-2 text-sm" : "mt-3 px-3.5 py-2.5 text-sm"}`}
    >
      <p>
        <span className="font-semibold text-fuchsia-800 dark:text-fuchsia-300">Override reason: </span>
        <span data-testid="override-reason-text">{round.overrideReason}</span>
      </p>
      {missing.length > 0 && (
        <div className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
          <p>Not met at the decision:</p>
          <ul className="mt-0.5 list-disc space-y-px pl-4">
            {missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * A decided round: the outcome, who decided and when, their comment, and an override with its
 * reason. `big` is the moment everyone is waiting for; compact is for history and summaries.
 */
export function GateDecision({
  round,
  timeZone,
  size = "big",
}: {
  round: Decided;
  timeZone: string;
  size?: "big" | "compact";
}) {
  const look = decisionLook[round.decision];
  const at = round.decidedAt;
  const who = round.decidedBy?.name ?? "someone";
  if (size === "compact") {
    return (
      <div
        data-testid="gate-decision"
        data-decision={round.decision}
        className={`rounded-lg px-3 py-2 ring-1 ring-inset ${look.soft}`}
      >
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className={`rounded px-1.5 py-px text-xs font-extrabold tracking-wide ${look.solid}`}>
            {look.label}
          </span>
          <span>
            — {look.verb} <strong className="font-semibold">{who}</strong>
            {at && (
              <>
                {" "}
                at{" "}
                <time dateTime={at} title={fullTime(at, timeZone)}>
                  {clock(at, timeZone)}
                </time>
              </>
            )}
          </span>
          {round.override && <OverrideBadge />}
        </p>
        {round.comment && <p className="mt-1 text-sm italic opacity-90">“{round.comment}”</p>}
        {round.override && <OverrideReason round={round} compact />}
      </div>
    );
  }
  return (
    <div
      data-testid="gate-decision"
      data-decision={round.decision}
      className={`rounded-xl px-4 py-4 shadow-sm sm:px-5 ${look.solid}`}
      role="status"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex flex-wrap items-baseline gap-x-2.5 gap-y-1">
          <span className="text-4xl font-black leading-none tracking-tight">{look.label}</span>
          <span className="text-base">
            {/* The dash reads well beside the word; on a phone the phrase wraps below it instead. */}
            <span className="sr-only sm:not-sr-only">— </span>
            {look.verb} <strong className="font-semibold">{who}</strong>
            {at && (
              <>
                {" "}
                at{" "}
                <time dateTime={at} title={fullTime(at, timeZone)} className="font-semibold tabular-nums">
                  {clock(at, timeZone)}
                </time>
              </>
            )}
          </span>
        </p>
        {round.override && <OverrideBadge />}
      </div>
      {round.comment && <p className="mt-2 text-lg font-medium leading-snug">“{round.comment}”</p>}
      {round.override && <OverrideReason round={round} />}
    </div>
  );
}
