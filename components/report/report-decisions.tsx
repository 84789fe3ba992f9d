import type { LaunchReport } from "@/lib/report/build-report";
import { gateDecisionLabels } from "@/lib/report/build-report";
import { localDateTime, localClock } from "@/lib/report/format";
import { Empty, ReportSection } from "@/components/report/report-section";
import type { RequestOrigin } from "@/lib/http/client-address";

const decisionTone = {
  go: "bg-emerald-700 text-white",
  no_go: "bg-red-600 text-white",
  hold: "bg-amber-400 text-amber-950",
} as const;

/** Where a sign-off or decision came from, as its audit event recorded it. */
function OriginNote({
  origin,
  testId,
  className = "",
}: {
  origin: RequestOrigin | null;
  testId: string;
  className?: string;
}) {
  if (!origin) return null;
  return (
    <span className={`block break-all text-xs text-slate-500 dark:text-slate-400 ${className}`} data-testid={testId}>
      from {origin.ip}
      {origin.userAgent ? ` · ${origin.userAgent}` : ""}
    </span>
  );
}

/** Every go / no-go round: the decision, who made it and when, any override with its reason, and who signed. */
export function GatesSection({ report }: { report: LaunchReport }) {
  const tz = report.launch.timezone;
  return (
    <ReportSection
      id="gates"
      title="Go / no-go decisions"
      description={`Every round of every gate, with its sign-offs. Times in ${tz}.`}
    >
      {report.gates.length === 0 ? (
        <Empty>No gates.</Empty>
      ) : (
        <ol className="space-y-3">
          {report.gates.map((round) => (
            <li
              key={`${round.gateId}-${round.round}`}
              className="break-inside-avoid rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              data-testid="report-gate-round"
              data-decision={round.decision ?? "open"}
            >
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{round.gate}</span>
                <span className="text-xs text-slate-500 dark:text-slate-400">round {round.round}</span>
                <span
                  className={`rounded px-1.5 py-px text-xs font-bold tracking-wide print:border print:border-black ${round.decision ? decisionTone[round.decision] : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"}`}
                >
                  {round.decision ? gateDecisionLabels[round.decision] : "NOT DECIDED"}
                </span>
                {round.decidedAt && (
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    by {round.decidedBy ?? "—"} at {localDateTime(round.decidedAt, tz)}
                  </span>
                )}
              </div>
              <OriginNote origin={round.decidedFrom} testId="report-decision-origin" />
              {round.override && (
                <p className="mt-1.5 text-sm">
                  <span className="font-semibold">Override:</span> {round.overrideReason}
                </p>
              )}
              {round.comment && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">“{round.comment}”</p>}
              {round.signOffs.length > 0 ? (
                <ul className="mt-2 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
                  {round.signOffs.map((signOff) => (
                    <li key={`${signOff.name}-${signOff.at}`}>
                      <span
                        className={
                          signOff.verdict === "go"
                            ? "font-semibold text-emerald-700 dark:text-emerald-300"
                            : "font-semibold text-red-700 dark:text-red-300"
                        }
                      >
                        {signOff.verdict === "go" ? "✓ GO" : "✗ NO-GO"}
                      </span>{" "}
                      {signOff.name}
                      <span className="text-slate-500 dark:text-slate-400">
                        {signOff.function ? ` (${signOff.function})` : ""} · {localClock(signOff.at, tz)}
                      </span>
                      <OriginNote origin={signOff.from} testId="report-signoff-origin" className="pl-5" />
                      {signOff.comment && (
                        <span className="block pl-5 text-xs text-slate-600 dark:text-slate-400">
                          “{signOff.comment}”
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1.5 text-xs text-slate-500">No sign-offs.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}
