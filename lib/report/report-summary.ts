import type { StepData } from "@/lib/audit/event-types";
import { plural } from "@/lib/checklists/progress";
import { assessmentLabels, decisionLabels } from "@/lib/report/checkpoint-table";
import { gateDecisionLabels, type LaunchReport } from "@/lib/report/build-report";
import { localDateTime, signedMinutes } from "@/lib/report/format";

export const stepStatusLabels: Record<StepData["status"], string> = {
  pending: "Pending",
  in_progress: "Running",
  done: "Done",
  skipped: "Skipped",
  failed: "Failed",
};

export type SummaryLine = { key: string; label: string; text: string };

/** The report's headline facts, one line each, the same on the page and in the Markdown. */
export function reportSummary(report: LaunchReport): SummaryLine[] {
  const tz = report.launch.timezone;
  const { goLive } = report.timeline;
  const goLiveText = !goLive.planned
    ? "not planned"
    : goLive.actual
      ? `planned ${localDateTime(goLive.planned, tz)}, actual ${localDateTime(goLive.actual, tz)} (${signedMinutes(goLive.varianceMinutes)})`
      : `planned ${localDateTime(goLive.planned, tz)}, not reached`;

  const decided = report.gates.filter((round) => round.decision !== null);
  const decisionCounts = (["go", "no_go", "hold"] as const)
    .map((decision) => ({ decision, count: decided.filter((round) => round.decision === decision).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${gateDecisionLabels[entry.decision]}`);

  const last = report.checkpoints.at(-1);
  const failing = report.checkpoints.filter((row) => row.result === "fail").length;
  const critical = report.incidents.filter((i) => i.severity === "critical").length;
  const unresolved = report.incidents.filter((i) => i.status !== "resolved").length;

  return [
    { key: "go-live", label: "Go-live", text: goLiveText },
    {
      key: "timeline",
      label: "Timeline",
      text: `${report.timeline.finished} of ${plural(report.timeline.total, "step")} finished`,
    },
    {
      key: "checklist",
      label: "Checklist",
      text: `${report.checklist.percent}% complete (${report.checklist.complete} of ${plural(report.checklist.total, "item")})`,
    },
    {
      key: "gates",
      label: "Go / no-go",
      text:
        decided.length === 0 ? "no decisions" : `${plural(decided.length, "decision")} (${decisionCounts.join(", ")})`,
    },
    {
      key: "checkpoints",
      label: "Checkpoints",
      text: !last
        ? "none reported"
        : `${report.checkpoints.length} reported${failing > 0 ? `, ${failing} with a failing metric` : ""}; last: ${assessmentLabels[last.assessment]}, ${decisionLabels[last.decision]}`,
    },
    {
      key: "incidents",
      label: "Incidents",
      text:
        report.incidents.length === 0
          ? "none"
          : `${report.incidents.length}${critical > 0 ? ` (${critical} critical)` : ""}; ${unresolved === 0 ? "all resolved" : `${unresolved} not resolved`}`,
    },
    {
      key: "communications",
      label: "Communications",
      text: `${report.communications.sent.length} of ${plural(report.communications.planned, "planned message")} sent`,
    },
  ];
}
