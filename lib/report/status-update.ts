import type { CheckpointData, IncidentData, LaunchFieldsData, MetricData } from "@/lib/audit/event-types";
import { comparatorSymbols, latestVersions } from "@/lib/checkpoints/evaluate";
import { launchStatusLabels } from "@/lib/launches/launch-lifecycle";
import { assessmentLabels, checkpointRow, checkpointTime, decisionLabels } from "@/lib/report/checkpoint-table";
import { incidentStatusLabels, severityLabels } from "@/lib/report/incident-report";
import { localClock, resultMark, valueText } from "@/lib/report/format";

export type StatusInput = {
  name: string;
  status: LaunchFieldsData["status"];
  timezone: string;
  metrics: MetricData[];
  checkpoints: CheckpointData[];
  incidents: IncidentData[];
};

/** The newest checkpoint (latest version) with its metrics evaluated, or null before the first one. */
function latestRow(input: StatusInput) {
  const latest = latestVersions(input.checkpoints).at(-1);
  return latest ? checkpointRow(input.metrics, latest) : null;
}

/** Each metric of the newest checkpoint against its target: "p95 latency 250 ms ✓ (target < 500 ms)". */
export function metricLines(input: StatusInput, { withTargets = true } = {}): string[] {
  const row = latestRow(input);
  if (!row) return [];
  return input.metrics.flatMap((metric, index) => {
    const c = row.cells[index];
    if (!c || c.value === null || c.result === null) return [];
    const target = withTargets
      ? ` (target ${comparatorSymbols[metric.comparator]} ${valueText(metric.threshold, metric.unit)})`
      : "";
    return [`${metric.name} ${valueText(c.value, metric.unit)} ${resultMark[c.result]}${target}`];
  });
}

/** "In progress — checkpoint 3 (10:30): Green, decision Continue". */
export function statusText(input: StatusInput): string {
  const row = latestRow(input);
  const status = launchStatusLabels[input.status];
  if (!row) return status;
  return `${status} — checkpoint ${row.number} (${localClock(checkpointTime(row), input.timezone)}): ${assessmentLabels[row.assessment]}, decision ${decisionLabels[row.decision]}`;
}

const openIncidents = (incidents: IncidentData[]) => incidents.filter((incident) => incident.status !== "resolved");

/**
 * A scheduled message with its placeholders filled from the data: {launch} the launch's name,
 * {status} the status and the last checkpoint's decision, {metrics} the last checkpoint's values.
 * Unknown placeholders stay as written. `asOf` (a sent message) reads only the checkpoints filed by then.
 */
export function fillPlaceholders(text: string, input: StatusInput, asOf: string | null = null): string {
  if (asOf) input = { ...input, checkpoints: input.checkpoints.filter((checkpoint) => checkpoint.submittedAt <= asOf) };
  const metrics = metricLines(input, { withTargets: false });
  const values: Record<string, string> = {
    launch: input.name,
    status: statusText(input),
    metrics: metrics.length > 0 ? metrics.join(", ") : "no checkpoint yet",
  };
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** The hourly stakeholder update, pre-filled from the latest checkpoint and the open incidents. */
export function hourlyUpdate(input: StatusInput & { now: Date; nextCheckpointAt: string | null }): string {
  const row = latestRow(input);
  const lines = [
    `${input.name} — status update ${localClock(input.now.toISOString(), input.timezone)} (${input.timezone})`,
    "",
  ];
  lines.push(`Status: ${statusText(input)}`);
  if (row) {
    const metrics = metricLines(input);
    lines.push("", "Metrics:", ...(metrics.length > 0 ? metrics.map((line) => `- ${line}`) : ["- no values reported"]));
    if (row.notes.trim()) lines.push("", `Notes: ${row.notes.trim().replace(/\s*\n\s*/g, " ")}`);
  } else {
    lines.push("", "No checkpoint reported yet.");
  }
  const open = openIncidents(input.incidents);
  lines.push("", open.length === 0 ? "Open incidents: none" : "Open incidents:");
  for (const incident of open) {
    lines.push(
      `- [${severityLabels[incident.severity]}] ${incident.title} (${incidentStatusLabels[incident.status].toLowerCase()}${incident.owner ? `, owner ${incident.owner.name}` : ""})`,
    );
  }
  if (input.nextCheckpointAt) lines.push("", `Next checkpoint: ${localClock(input.nextCheckpointAt, input.timezone)}`);
  return lines.join("\n");
}
