import type { CommunicationData, GateData, MetricData } from "@/lib/audit/event-types";
import { launchProgress, type LaunchProgress } from "@/lib/checklists/progress";
import { checkpointTable, type CheckpointRow } from "@/lib/report/checkpoint-table";
import { incidentRows, type IncidentRow } from "@/lib/report/incident-report";
import { timelineReport, type TimelineReport } from "@/lib/report/timeline-report";
import type { ReportInput } from "@/lib/report/report-input";
import { fillPlaceholders } from "@/lib/report/status-update";
import { rehearsalVsLive, type RehearsalVsLiveRow } from "@/lib/report/rehearsal-vs-live";
import { timingAnalytics, type TimingAnalytics } from "@/lib/report/timing-analytics";
import { noDecisionOrigins } from "@/lib/report/decision-origins";
import type { RequestOrigin } from "@/lib/http/client-address";

export type GateDecisionRow = {
  gateId: string;
  gate: string;
  round: number;
  openedAt: string;
  decision: GateData["rounds"][number]["decision"];
  decidedAt: string | null;
  decidedBy: string | null;
  /** The address and user agent the decision came from, when its audit event recorded them. */
  decidedFrom: RequestOrigin | null;
  comment: string;
  override: boolean;
  overrideReason: string;
  signOffs: {
    name: string;
    role: string;
    function: string;
    verdict: "go" | "no_go";
    comment: string;
    at: string;
    from: RequestOrigin | null;
  }[];
};

export type LaunchReport = {
  launch: Pick<
    ReportInput,
    "id" | "name" | "system" | "timezone" | "status" | "isRehearsal" | "goLiveAt" | "windowStart" | "windowEnd"
  >;
  generatedAt: string;
  timeline: TimelineReport;
  checklist: LaunchProgress;
  gates: GateDecisionRow[];
  metrics: MetricData[];
  checkpoints: CheckpointRow[];
  /** The numbers of the checkpoints that were amended (filed again as a new version). */
  amendedCheckpoints: number[];
  incidents: IncidentRow[];
  /** Messages sent, with their placeholders filled as of when each was sent. */
  communications: { sent: (CommunicationData & { shownText: string })[]; planned: number };
  lessonsLearned: string;
  /** Per step: planned, each rehearsal's actual, the live actual and the variance; empty without rehearsals. */
  rehearsalVsLive: RehearsalVsLiveRow[];
  timing: TimingAnalytics;
};

/**
 * The post-launch report, computed from a launch's data (and where its decisions came from, read from
 * the audit trail) alone: the page, the Markdown and the CSVs read it.
 */
export function buildReport(input: ReportInput, now: Date, origins = noDecisionOrigins): LaunchReport {
  const { id, name, system, timezone, status, isRehearsal, goLiveAt, windowStart, windowEnd } = input;
  return {
    launch: { id, name, system, timezone, status, isRehearsal, goLiveAt, windowStart, windowEnd },
    generatedAt: now.toISOString(),
    timeline: timelineReport(input.steps, goLiveAt),
    checklist: launchProgress(input.sections),
    gates: gateDecisions(input.gates, origins),
    metrics: input.metrics,
    checkpoints: checkpointTable(input.metrics, input.checkpoints),
    amendedCheckpoints: [...new Set(input.checkpoints.filter((c) => c.version > 1).map((c) => c.number))].sort(
      (a, b) => a - b,
    ),
    incidents: incidentRows(input.incidents),
    communications: {
      sent: input.communications
        .filter((c) => c.sentAt !== null)
        .sort((a, b) => (a.sentAt ?? "").localeCompare(b.sentAt ?? ""))
        .map((c) => ({ ...c, shownText: fillPlaceholders(c.text, input, c.sentAt) })),
      planned: input.communications.length,
    },
    lessonsLearned: input.lessonsLearned,
    rehearsalVsLive: rehearsalVsLive(input.steps),
    timing: timingAnalytics(timelineReport(input.steps, goLiveAt).rows, input.steps, input.gates, now),
  };
}

/** Every round of every gate, in gate order: the decision, who made it and when, and who signed. */
export function gateDecisions(gates: GateData[], origins = noDecisionOrigins): GateDecisionRow[] {
  return [...gates]
    .sort((a, b) => a.position - b.position)
    .flatMap((gate) =>
      [...gate.rounds]
        .sort((a, b) => a.number - b.number)
        .map((round) => ({
          gateId: gate.id,
          gate: gate.title,
          round: round.number,
          openedAt: round.openedAt,
          decision: round.decision,
          decidedAt: round.decidedAt,
          decidedBy: round.decidedBy?.name ?? null,
          decidedFrom: origins.decisions[round.id] ?? null,
          comment: round.comment,
          override: round.override,
          overrideReason: round.overrideReason,
          signOffs: [...round.signOffs]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
            .map((s) => ({
              name: s.userName,
              role: s.role,
              function: s.function,
              verdict: s.verdict,
              comment: s.comment,
              at: s.createdAt,
              from: origins.signOffs[s.id] ?? null,
            })),
        })),
    );
}

export const gateDecisionLabels = { go: "GO", no_go: "NO-GO", hold: "HOLD" } as const;
