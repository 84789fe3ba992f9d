import type {
  CheckpointData,
  IncidentData,
  MetricData,
  SampleData,
  StepData,
  TriggerData,
} from "@/lib/audit/event-types";

export type Comparator = MetricData["comparator"];
export type MetricResult = "pass" | "warn" | "fail";

export const comparatorSymbols: Record<Comparator, string> = { lt: "<", lte: "≤", gt: ">", gte: "≥", eq: "=" };

export function compare(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case "lt":
      return value < threshold;
    case "lte":
      return value <= threshold;
    case "gt":
      return value > threshold;
    case "gte":
      return value >= threshold;
    case "eq":
      return value === threshold;
  }
}

/**
 * A value against its success criterion: fail when it misses the threshold, warn when it meets the
 * threshold but misses the (stricter) warning threshold, else pass. "p95 < 500 ms, warn at 400":
 * 350 pass, 450 warn, 520 fail.
 */
export function evaluateMetric(
  metric: Pick<MetricData, "comparator" | "threshold" | "warnThreshold">,
  value: number,
): MetricResult {
  if (!compare(value, metric.comparator, metric.threshold)) return "fail";
  if (metric.warnThreshold !== null && !compare(value, metric.comparator, metric.warnThreshold)) return "warn";
  return "pass";
}

export function criterionText(metric: Pick<MetricData, "name" | "comparator" | "threshold" | "unit">): string {
  return `${metric.name} ${comparatorSymbols[metric.comparator]} ${metric.threshold}${metric.unit ? ` ${metric.unit}` : ""}`;
}

/** The latest version of each checkpoint, in checkpoint order (amendments replace what they amend). */
export function latestVersions(checkpoints: CheckpointData[]): CheckpointData[] {
  const byNumber = new Map<number, CheckpointData>();
  for (const checkpoint of checkpoints) {
    const known = byNumber.get(checkpoint.number);
    if (!known || checkpoint.version > known.version) byNumber.set(checkpoint.number, checkpoint);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** Each metric of one checkpoint report, evaluated. Metrics without a value are left out. */
export function evaluateCheckpoint(metrics: MetricData[], checkpoint: Pick<CheckpointData, "values">) {
  return metrics.flatMap((metric) => {
    const entry = checkpoint.values.find((v) => v.metricId === metric.id);
    return entry ? [{ metric, value: entry.value, result: evaluateMetric(metric, entry.value) }] : [];
  });
}

export function overallResult(results: { result: MetricResult }[]): MetricResult | null {
  if (results.length === 0) return null;
  if (results.some((r) => r.result === "fail")) return "fail";
  return results.some((r) => r.result === "warn") ? "warn" : "pass";
}

export type RollbackAlarm = { key: string; message: string };

/** Rules that always apply, whatever triggers a launch configured. */
const BUILT_IN_CONSECUTIVE = 2;

/**
 * The rollback alarms raised right now: a configured metric trigger crossed by the newest value
 * (from the latest checkpoint or a newer push), any open critical incident, and any metric failing
 * N checkpoints in a row (two by default).
 */
export function rollbackAlarms(input: {
  metrics: MetricData[];
  triggers: TriggerData[];
  checkpoints: CheckpointData[];
  samples: SampleData[];
  incidents: IncidentData[];
  /** Timeline steps: a failed validation step raises the alarm when a validation_failed trigger is set. */
  steps?: Pick<StepData, "id" | "title" | "kind" | "status" | "outcome" | "evidence">[];
}): RollbackAlarm[] {
  const alarms: RollbackAlarm[] = [];
  if (input.triggers.some((t) => t.kind === "validation_failed")) {
    for (const step of input.steps ?? []) {
      if (step.kind === "validation" && step.status === "failed") {
        alarms.push({
          key: `validation:${step.id}`,
          message: `Validation failed: ${step.title}${step.evidence ? ` (${step.evidence})` : ""}`,
        });
      }
    }
  }
  const reports = latestVersions(input.checkpoints);
  const metricsById = new Map(input.metrics.map((metric) => [metric.id, metric]));

  for (const incident of input.incidents) {
    if (incident.severity === "critical" && incident.status !== "resolved") {
      alarms.push({ key: `incident:${incident.id}`, message: `Critical incident open: ${incident.title}` });
    }
  }

  const consecutive = [
    { key: "built-in", count: BUILT_IN_CONSECUTIVE, metricId: null as string | null },
    ...input.triggers
      .filter((t) => t.kind === "consecutive_failures")
      .map((t) => ({ key: t.id, count: t.count, metricId: t.metricId })),
  ];
  for (const rule of consecutive) {
    for (const metric of input.metrics) {
      if (rule.metricId && rule.metricId !== metric.id) continue;
      const last = reports.slice(-rule.count);
      if (last.length < rule.count) continue;
      const failing = last.every((report) => {
        const entry = report.values.find((v) => v.metricId === metric.id);
        return entry !== undefined && evaluateMetric(metric, entry.value) === "fail";
      });
      if (failing) {
        const key = `consecutive:${metric.id}`;
        if (!alarms.some((alarm) => alarm.key === key)) {
          alarms.push({
            key,
            message: `${metric.name} failed ${rule.count} checkpoints in a row (${criterionText(metric)})`,
          });
        }
      }
    }
  }

  for (const trigger of input.triggers) {
    if (
      trigger.kind === "critical_incident" ||
      trigger.kind === "consecutive_failures" ||
      trigger.kind === "validation_failed" ||
      // People judge a manual condition ("Any data loss"); the checkpoint form shows it to them.
      trigger.kind === "manual"
    )
      continue;
    const metric = trigger.metricId ? metricsById.get(trigger.metricId) : undefined;
    if (!metric || trigger.comparator === null || trigger.threshold === null) continue;
    const value = newestValue(metric.id, reports, input.samples);
    if (value !== null && compare(value.value, trigger.comparator, trigger.threshold)) {
      alarms.push({
        key: `trigger:${trigger.id}`,
        message:
          trigger.description ||
          `${metric.name} is ${value.value}${metric.unit ? ` ${metric.unit}` : ""} (${comparatorSymbols[trigger.comparator]} ${trigger.threshold})`,
      });
    }
  }
  return alarms;
}

function newestValue(
  metricId: string,
  reports: CheckpointData[],
  samples: SampleData[],
): { value: number; at: string } | null {
  const fromReport = [...reports].reverse().find((report) => report.values.some((v) => v.metricId === metricId));
  const reportValue = fromReport
    ? { value: fromReport.values.find((v) => v.metricId === metricId)!.value, at: fromReport.submittedAt }
    : null;
  const sample = [...samples].reverse().find((s) => s.metricId === metricId);
  if (sample && (!reportValue || sample.at > reportValue.at)) return { value: sample.value, at: sample.at };
  return reportValue;
}

/** The newest pushed value of each metric since the last checkpoint: what pre-fills the next report. */
export function prefillValues(
  metrics: MetricData[],
  checkpoints: CheckpointData[],
  samples: SampleData[],
): Record<string, number> {
  const last = latestVersions(checkpoints).at(-1);
  const since = last?.submittedAt ?? "";
  const values: Record<string, number> = {};
  for (const metric of metrics) {
    const sample = [...samples].reverse().find((s) => s.metricId === metric.id && s.at > since);
    if (sample) values[metric.id] = sample.value;
  }
  return values;
}
