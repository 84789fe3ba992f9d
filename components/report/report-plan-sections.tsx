import type { LaunchReport } from "@/lib/report/build-report";
import { reportSummary, stepStatusLabels } from "@/lib/report/report-summary";
import { durationText, localClock, signedMinutes } from "@/lib/report/format";
import { formatInTimeZone } from "date-fns-tz";
import { Empty, ReportSection, ReportTable } from "@/components/report/report-section";
import { StepKindIcon } from "@/components/timeline/step-kind-icon";

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

export function SummarySection({ report }: { report: LaunchReport }) {
  return (
    <ReportSection id="summary" title="Summary">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {reportSummary(report).map((line) => (
          <div key={line.key} data-testid="report-summary-line" data-key={line.key}>
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {line.label}
            </dt>
            <dd className="mt-0.5 text-sm">{line.text}</dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
}

const dayOf = (iso: string, timeZone: string) => formatInTimeZone(iso, timeZone, "EEE d MMM");

/** A time on the launch's clock; the day too when it is not the go-live day. */
function Time({ iso, timeZone, day }: { iso: string | null; timeZone: string; day: string | null }) {
  if (!iso) return <span className="text-slate-400">–</span>;
  const sameDay = day !== null && dayOf(iso, timeZone) === day;
  return (
    <span className="tabular-nums">
      {sameDay ? localClock(iso, timeZone) : `${dayOf(iso, timeZone)}, ${localClock(iso, timeZone)}`}
    </span>
  );
}

export function TimelineSection({ report }: { report: LaunchReport }) {
  const tz = report.launch.timezone;
  const day = report.launch.goLiveAt ? dayOf(report.launch.goLiveAt, tz) : null;
  return (
    <ReportSection
      id="timeline"
      title="Timeline: planned vs actual"
      description={`Times in ${tz}${day ? `, on ${day} unless a day is given` : ""}. Variance: + late or longer, − early or shorter.`}
    >
      {report.timeline.rows.length === 0 ? (
        <Empty>No timeline steps.</Empty>
      ) : (
        <ReportTable
          head={["Step", "Planned", "Actual", "Start var.", "Took", "Duration var.", "Status"]}
          minWidth="40rem"
        >
          {report.timeline.rows.map((row) => (
            <tr key={row.id} data-testid="report-step-row">
              <td>
                <StepKindIcon kind={row.kind} size="text" className="mr-1 text-slate-600 dark:text-slate-300" />
                <span className="font-medium">{row.title}</span>
                {row.isGoLive && (
                  <span className="ml-1.5 rounded bg-indigo-100 px-1 text-[11px] font-semibold text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
                    GO-LIVE
                  </span>
                )}
                {row.phase && <span className="block text-xs text-slate-500 dark:text-slate-400">{row.phase}</span>}
                {row.forcedReason && (
                  <span className="block text-xs text-amber-800 dark:text-amber-300" data-testid="report-forced-reason">
                    Started anyway: {row.forcedReason}
                  </span>
                )}
              </td>
              <td>
                <Time iso={row.plannedStart} timeZone={tz} day={day} />
                <span className="block text-xs text-slate-500">{durationText(row.plannedMinutes)}</span>
              </td>
              <td>
                <Time iso={row.actualStart} timeZone={tz} day={day} />
                {row.actualEnd && (
                  <span className="block text-xs text-slate-500">
                    to <Time iso={row.actualEnd} timeZone={tz} day={day} />
                  </span>
                )}
              </td>
              <td>{variance(row.startVarianceMinutes)}</td>
              <td className="tabular-nums">{durationText(row.actualMinutes)}</td>
              <td>{variance(row.durationVarianceMinutes)}</td>
              <td>{stepStatusLabels[row.status]}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}

export function ChecklistSection({ report }: { report: LaunchReport }) {
  const progress = report.checklist;
  return (
    <ReportSection
      id="checklist"
      title="Checklist completion"
      description={`${progress.percent}% complete: ${progress.complete} of ${progress.total} items done or not applicable.`}
    >
      {progress.sections.length === 0 ? (
        <Empty>No checklist.</Empty>
      ) : (
        <ReportTable head={["Section", "Complete", "", "Required open", "Blocked"]} minWidth="30rem">
          {progress.sections.map((section) => (
            <tr key={section.sectionId}>
              <td className="font-medium">{section.title}</td>
              <td className="tabular-nums">
                {section.complete} / {section.total} ({section.percent}%)
              </td>
              <td className="w-1/4">
                <div
                  className="h-2 overflow-hidden rounded-full bg-slate-200 ring-1 ring-inset ring-slate-300 print:border print:border-slate-500 dark:bg-slate-800 dark:ring-slate-700"
                  aria-hidden
                >
                  <div
                    className="keep-ink h-full bg-emerald-500 print:bg-slate-600"
                    style={{ width: `${section.percent}%` }}
                  />
                </div>
              </td>
              <td className={section.requiredOpen.length > 0 ? "font-medium text-amber-800 dark:text-amber-300" : ""}>
                {section.requiredOpen.length > 0 ? section.requiredOpen.map((item) => item.title).join(", ") : "none"}
              </td>
              <td>{section.blocked}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
