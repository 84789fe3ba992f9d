import { launchStatusLabels } from "@/lib/launches/launch-lifecycle";
import { criterionText, comparatorSymbols } from "@/lib/checkpoints/evaluate";
import { assessmentLabels, checkpointTime, decisionLabels } from "@/lib/report/checkpoint-table";
import { gateDecisionLabels, type LaunchReport } from "@/lib/report/build-report";
import { incidentStatusLabels, severityLabels } from "@/lib/report/incident-report";
import { reportSummary, stepStatusLabels } from "@/lib/report/report-summary";
import type { RequestOrigin } from "@/lib/http/client-address";
import { durationText, localClock, localDateTime, resultMark, signedMinutes, valueText } from "@/lib/report/format";

/** A table cell: no pipes or line breaks may leak into the table's structure. */
const cell = (text: string) =>
  text
    .replace(/\|/g, "\\|")
    .replace(/\s*\r?\n\s*/g, " ")
    .trim();
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");

/** Where a sign-off or decision came from, after who made it. */
const fromText = (origin: RequestOrigin | null) =>
  origin ? ` [from ${origin.ip}${origin.userAgent ? `, ${origin.userAgent}` : ""}]` : "";

/** The post-launch report as Markdown, for a wiki page or an email; times on the launch's clock. */
export function reportMarkdown(report: LaunchReport): string {
  const tz = report.launch.timezone;
  const at = (iso: string | null) => localDateTime(iso, tz);
  const parts: string[] = [];
  const section = (title: string, body: string) => parts.push(`## ${title}\n\n${body}`);

  const subtitle = [
    report.launch.system,
    `Status: ${launchStatusLabels[report.launch.status]}`,
    report.launch.isRehearsal ? "Rehearsal" : "",
  ].filter(Boolean);
  parts.push(
    `# Post-launch report: ${report.launch.name}\n\n${subtitle.join(" · ")}  \nTimes are ${tz}. Generated ${at(report.generatedAt)}.`,
  );

  section(
    "Summary",
    reportSummary(report)
      .map((line) => `- **${line.label}:** ${line.text}`)
      .join("\n"),
  );

  section(
    "Timeline: planned vs actual",
    report.timeline.rows.length === 0
      ? "_No timeline steps._"
      : table(
          [
            "Step",
            "Phase",
            "Planned start",
            "Planned",
            "Actual start",
            "Actual end",
            "Took",
            "Start variance",
            "Duration variance",
            "Status",
          ],
          report.timeline.rows.map((row) => [
            row.isGoLive ? `${row.title} (go-live)` : row.title,
            row.phase,
            at(row.plannedStart),
            durationText(row.plannedMinutes),
            at(row.actualStart),
            at(row.actualEnd),
            durationText(row.actualMinutes),
            signedMinutes(row.startVarianceMinutes),
            signedMinutes(row.durationVarianceMinutes),
            stepStatusLabels[row.status],
          ]),
        ),
  );

  const forced = report.timeline.rows.filter((row) => row.forcedReason);
  if (forced.length > 0)
    parts.push(forced.map((row) => `- ${row.title} was started anyway: ${row.forcedReason}`).join("\n"));

  if (report.rehearsalVsLive.length > 0) {
    section(
      "Rehearsal vs live",
      table(
        ["Step", "Planned", "Rehearsal actual(s)", "Live actual", "Variance"],
        report.rehearsalVsLive.map((row) => [
          row.title,
          durationText(row.plannedMinutes),
          row.rehearsals
            .map((r) => (r.minutes === null ? r.status.replace("_", " ") : durationText(r.minutes)))
            .join(" · ") || "not rehearsed",
          durationText(row.liveMinutes),
          signedMinutes(row.varianceMinutes),
        ]),
      ),
    );
  }

  const timing = report.timing;
  if (report.timeline.rows.length > 0) {
    section(
      "Timing analytics",
      [
        table(
          ["Phase", "Planned", "Actual", "Variance"],
          timing.phases.map((p) => [
            p.phase,
            durationText(p.plannedMinutes),
            durationText(p.actualMinutes),
            signedMinutes(p.varianceMinutes),
          ]),
        ),
        `**Critical path as it happened:** ${timing.criticalPath.map((step) => step.title).join(" → ") || "nothing finished yet"}`,
        `**Biggest overruns:** ${timing.overruns.map((o) => `${o.title} +${durationText(o.overrunMinutes)}`).join("; ") || "none"}`,
        `**On hold:** ${timing.holds.length === 0 ? "never" : `${durationText(timing.holdMinutes)} (${timing.holds.map((h) => `${h.gate} from ${at(h.from)}`).join("; ")})`}`,
      ].join("\n\n"),
    );
  }

  const progress = report.checklist;
  section(
    "Checklist completion",
    progress.sections.length === 0
      ? "_No checklist._"
      : table(
          ["Section", "Complete", "%", "Required open", "Blocked"],
          [
            ...progress.sections.map((s) => [
              s.title,
              `${s.complete} / ${s.total}`,
              `${s.percent}%`,
              String(s.requiredOpen.length),
              String(s.blocked),
            ]),
            [
              "**Total**",
              `${progress.complete} / ${progress.total}`,
              `${progress.percent}%`,
              String(progress.requiredOpen.length),
              String(progress.blocked),
            ],
          ],
        ),
  );

  section(
    "Go / no-go decisions",
    report.gates.length === 0
      ? "_No gates._"
      : table(
          ["Gate", "Round", "Decision", "By", "At", "Comment", "Sign-offs"],
          report.gates.map((round) => [
            round.gate,
            String(round.round),
            round.decision
              ? `${gateDecisionLabels[round.decision]}${round.override ? ` (override: ${round.overrideReason})` : ""}`
              : "Not decided",
            round.decidedBy ? `${round.decidedBy}${fromText(round.decidedFrom)}` : "",
            at(round.decidedAt),
            round.comment,
            round.signOffs
              .map(
                (s) =>
                  `${s.name}: ${gateDecisionLabels[s.verdict]} ${localClock(s.at, tz)}${fromText(s.from)}${s.comment ? ` “${s.comment}”` : ""}`,
              )
              .join("; "),
          ]),
        ),
  );

  const metricHead = report.metrics.map(
    (metric) => `${metric.name} (${comparatorSymbols[metric.comparator]} ${valueText(metric.threshold, metric.unit)})`,
  );
  const noted = report.checkpoints.filter((row) => row.notes.trim());
  section(
    "Checkpoints",
    report.checkpoints.length === 0
      ? "_No checkpoints reported._"
      : [
          report.metrics.length > 0 ? `Success criteria: ${report.metrics.map(criterionText).join("; ")}.` : "",
          table(
            ["#", "Time", ...metricHead, "Assessment", "Decision", "By"],
            report.checkpoints.map((row) => [
              row.version > 1 ? `${row.number} (v${row.version})` : String(row.number),
              at(checkpointTime(row)),
              ...row.cells.map((c) =>
                c.value === null || c.result === null ? "–" : `${valueText(c.value, "")} ${resultMark[c.result]}`,
              ),
              assessmentLabels[row.assessment],
              decisionLabels[row.decision],
              row.author ?? "",
            ]),
          ),
          noted.length > 0 ? noted.map((row) => `- Checkpoint ${row.number}: ${cell(row.notes)}`).join("\n") : "",
        ]
          .filter(Boolean)
          .join("\n\n"),
  );

  section(
    "Incidents",
    report.incidents.length === 0
      ? "_No incidents._"
      : table(
          ["Severity", "Incident", "Owner", "Opened", "Resolved", "Time to resolve", "Status", "Impact"],
          report.incidents.map((i) => [
            severityLabels[i.severity],
            i.title,
            i.owner?.name ?? "",
            at(i.openedAt),
            at(i.resolvedAt),
            durationText(i.resolutionMinutes),
            incidentStatusLabels[i.status],
            i.impact,
          ]),
        ),
  );

  section(
    "Communications sent",
    report.communications.sent.length === 0
      ? "_No messages sent._"
      : table(
          ["Sent", "By", "Audience", "Channel", "Message"],
          report.communications.sent.map((c) => [
            at(c.sentAt),
            c.sentBy?.name ?? "",
            c.audience,
            c.channel,
            c.shownText,
          ]),
        ),
  );

  section("Lessons learned", report.lessonsLearned.trim() || "_None recorded yet._");
  return `${parts.join("\n\n")}\n`;
}
