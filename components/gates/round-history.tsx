import type { GateRoundData } from "@/lib/audit/event-types";
import { clock, fullTime, outcomePill } from "@/components/gates/gate-look";
import { GateDecision, isDecided } from "@/components/gates/gate-decision";

/** The gate's earlier rounds, newest first, as they were decided: kept visible for the record. */
export function RoundHistory({ rounds, timeZone }: { rounds: GateRoundData[]; timeZone: string }) {
  if (rounds.length === 0) return null;
  return (
    <section data-testid="round-history" aria-label="Earlier rounds">
      <h4 className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
        Earlier rounds
      </h4>
      <ol className="mt-2 space-y-3">
        {[...rounds].reverse().map((round) => (
          <li
            key={round.id}
            data-testid="history-round"
            data-round={round.number}
            className="border-l-2 border-slate-200 pl-3 dark:border-slate-700"
          >
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Round {round.number} · opened{" "}
              <time dateTime={round.openedAt} title={fullTime(round.openedAt, timeZone)}>
                {clock(round.openedAt, timeZone)}
              </time>
            </p>
            <div className="mt-1">
              {isDecided(round) ? (
                <GateDecision round={round} timeZone={timeZone} size="compact" />
              ) : (
                <p className="text-sm text-slate-600">Not decided</p>
              )}
            </div>
            {round.signOffs.length > 0 && (
              <ul className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                {round.signOffs.map((signOff) => (
                  <li
                    key={signOff.id}
                    className="inline-flex items-center gap-1"
                    title={signOff.comment ? `“${signOff.comment}”` : undefined}
                  >
                    {signOff.userName}{" "}
                    <span className={outcomePill(signOff.verdict)}>{signOff.verdict === "go" ? "GO" : "NO-GO"}</span>
                    {clock(signOff.createdAt, timeZone)}
                    {signOff.comment && <span className="max-w-56 truncate italic">“{signOff.comment}”</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
