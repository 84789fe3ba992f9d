import type { LaunchReport } from "@/lib/report/build-report";
import { durationText, localClock, signedMinutes } from "@/lib/report/format";
import { Empty, ReportSection, ReportTable } from "@/components/report/report-section";

const variance = (minutes: number | null) => (
  <span
    className={
      minutes !== null && minutes > 0
        ? "font-medium text-red-700 dark:text-red-300"
        : minutes !== null && minutes < 0
          ? "text-emerald-700 dark:text-emerald-300"
          : ""
    }
  >
    {signedMinutes(minutes)}
  </span>
);

/** Per step: planned, each rehearsal's actual, the live actual, and live against the calibrated duration. */
export function RehearsalVsLiveSection({ report }: { report: LaunchReport }) {
  const rows = report.rehearsalVsLive;
  if (rows.length === 0) return null;
  return (
    <ReportSection
      id="rehearsal-vs-live"
      title="Rehearsal vs live"
      description="Variance: the live actual against the rehearsals' median where they measured the step, else against the plan."
    >
      <ReportTable head={["Step", "Planned", "Rehearsal actual(s)", "Live actual", "Variance"]} minWidth="36rem">
        {rows.map((row) => (
          <tr key={row.id} data-testid="rehearsal-row">
            <td className="font-medium">{row.title}</td>
            <td className="tabular-nums">{durationText(row.plannedMinutes)}</td>
            <td className="tabular-nums" data-testid="rehearsal-actuals">
              {row.rehearsals.length === 0 ? (
                <span className="text-slate-400">not rehearsed</span>
              ) : (
                row.rehearsals
                  .map((r) => (r.minutes === null ? `${r.status.replace("_", " ")}` : durationText(r.minutes)))
                  .join(" · ")
              )}
            </td>
            <td className="tabular-nums">
              {durationText(row.liveMinutes) || <span className="text-slate-400">–</span>}
            </td>
            <td>{variance(row.varianceMinutes)}</td>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}

/** Planned vs actual per phase, the critical path as it happened, the biggest overruns, time on hold. */
export function TimingSection({ report }: { report: LaunchReport }) {
  const { phases, criticalPath, overruns, holds, holdMinutes } = report.timing;
  const tz = report.launch.timezone;
  if (report.timeline.rows.length === 0) return null;
  return (
    <ReportSection id="timing" title="Timing analytics" description={`Times in ${tz}.`}>
      <h3 className="text-sm font-semibold">Planned vs actual per phase</h3>
      <div className="mt-2">
        <ReportTable head={["Phase", "Planned", "Actual", "Variance"]} minWidth="30rem">
          {phases.map((phase) => (
            <tr key={phase.phase} data-testid="phase-timing-row">
              <td className="font-medium">{phase.phase}</td>
              <td className="tabular-nums">
                {phase.plannedStart
                  ? `${localClock(phase.plannedStart, tz)}–${localClock(phase.plannedEnd, tz)} · ${durationText(phase.plannedMinutes)}`
                  : "–"}
              </td>
              <td className="tabular-nums">
                {phase.actualStart
                  ? `${localClock(phase.actualStart, tz)}–${phase.actualEnd ? localClock(phase.actualEnd, tz) : "…"}${phase.actualMinutes !== null ? ` · ${durationText(phase.actualMinutes)}` : ""}`
                  : "–"}
              </td>
              <td>{variance(phase.varianceMinutes)}</td>
            </tr>
          ))}
        </ReportTable>
      </div>
      <h3 className="mt-5 text-sm font-semibold">Critical path as it happened</h3>
      {criticalPath.length === 0 ? (
        <Empty>Nothing has finished yet.</Empty>
      ) : (
        <p className="mt-1 text-sm" data-testid="actual-critical-path">
          {criticalPath
            .map(
              (step) => `${step.title}${step.actualMinutes !== null ? ` (${durationText(step.actualMinutes)})` : ""}`,
            )
            .join(" → ")}
        </p>
      )}
      <h3 className="mt-5 text-sm font-semibold">Biggest overruns</h3>
      {overruns.length === 0 ? (
        <Empty>No step took longer than planned.</Empty>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-sm" data-testid="overruns">
          {overruns.map((o) => (
            <li key={o.id}>
              {o.title}: {durationText(o.actualMinutes)} for {durationText(o.plannedMinutes)} planned (+
              {durationText(o.overrunMinutes)})
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 text-sm font-semibold">On hold</h3>
      {holds.length === 0 ? (
        <Empty>No gate put the launch on hold.</Empty>
      ) : (
        <p className="mt-1 text-sm" data-testid="hold-time">
          {durationText(holdMinutes)} in total:{" "}
          {holds
            .map(
              (hold) =>
                `${hold.gate} ${hold.decision === "no_go" ? "NO-GO" : "HOLD"} ${localClock(hold.from, tz)}–${hold.until ? localClock(hold.until, tz) : "now"}`,
            )
            .join("; ")}
        </p>
      )}
    </ReportSection>
  );
}
