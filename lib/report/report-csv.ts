import { guardCell, writeCsv } from "@/lib/import/csv";
import { assessmentLabels, checkpointTime, decisionLabels } from "@/lib/report/checkpoint-table";
import type { LaunchReport } from "@/lib/report/build-report";
import { incidentStatusLabels, severityLabels } from "@/lib/report/incident-report";
import { stepStatusLabels } from "@/lib/report/report-summary";
import { localDateTime } from "@/lib/report/format";

// The report's tables as CSV for a spreadsheet: one row per step, checkpoint or incident; times on the
// launch's clock (named in the header), numbers as plain numbers, text guarded against formulas.

const text = (value: string) => guardCell(value);
const num = (value: number | null) => (value === null ? "" : String(value));

export function timelineCsv(report: LaunchReport): string {
  const tz = report.launch.timezone;
  return writeCsv([
    [
      "Step",
      "Phase",
      "Status",
      `Planned start (${tz})`,
      "Planned minutes",
      `Actual start (${tz})`,
      `Actual end (${tz})`,
      "Actual minutes",
      "Start variance (min)",
      "Duration variance (min)",
      "Go-live",
    ],
    ...report.timeline.rows.map((row) => [
      text(row.title),
      text(row.phase),
      stepStatusLabels[row.status],
      localDateTime(row.plannedStart, tz),
      num(row.plannedMinutes),
      localDateTime(row.actualStart, tz),
      localDateTime(row.actualEnd, tz),
      num(row.actualMinutes),
      num(row.startVarianceMinutes),
      num(row.durationVarianceMinutes),
      row.isGoLive ? "yes" : "",
    ]),
  ]);
}

export function checkpointsCsv(report: LaunchReport): string {
  const tz = report.launch.timezone;
  const metricHead = report.metrics.flatMap((metric) => [
    text(metric.unit ? `${metric.name} (${metric.unit})` : metric.name),
    text(`${metric.name} result`),
  ]);
  return writeCsv([
    [
      "Checkpoint",
      "Version",
      `Time (${tz})`,
      `Submitted (${tz})`,
      "By",
      ...metricHead,
      "Result",
      "Assessment",
      "Decision",
      "Notes",
    ],
    ...report.checkpoints.map((row) => [
      String(row.number),
      String(row.version),
      localDateTime(checkpointTime(row), tz),
      localDateTime(row.submittedAt, tz),
      text(row.author ?? ""),
      ...row.cells.flatMap((c) => [num(c.value), c.result ?? ""]),
      row.result ?? "",
      assessmentLabels[row.assessment],
      decisionLabels[row.decision],
      text(row.notes),
    ]),
  ]);
}

export function incidentsCsv(report: LaunchReport): string {
  const tz = report.launch.timezone;
  return writeCsv([
    [
      "Incident",
      "Severity",
      "Status",
      "Owner",
      `Opened (${tz})`,
      `Resolved (${tz})`,
      "Minutes to resolve",
      "Impact",
      "Notes",
    ],
    ...report.incidents.map((i) => [
      text(i.title),
      severityLabels[i.severity],
      incidentStatusLabels[i.status],
      text(i.owner?.name ?? ""),
      localDateTime(i.openedAt, tz),
      localDateTime(i.resolvedAt, tz),
      num(i.resolutionMinutes),
      text(i.impact),
      text(i.notes),
    ]),
  ]);
}

/** "Payments-Platform-Cutover-report.md": the launch's name, made safe for a file name. */
export const reportFilename = (launchName: string, suffix: string) =>
  `${launchName.replace(/[^\w.-]+/g, "-").replace(/^-|-$/g, "") || "launch"}-${suffix}`;
