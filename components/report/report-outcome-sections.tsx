"use client";

import type { LaunchReport } from "@/lib/report/build-report";
import { criterionText } from "@/lib/checkpoints/evaluate";
import { incidentStatusLabels } from "@/lib/report/incident-report";
import { durationText, localDateTime } from "@/lib/report/format";
import { MetricChart } from "@/components/checkpoints/metric-chart";
import { CheckpointTableView } from "@/components/checkpoints/checkpoint-table-view";
import { severityLook } from "@/components/checkpoints/look";
import { Empty, ReportSection, ReportTable } from "@/components/report/report-section";

const amendedText = (numbers: number[]) =>
  numbers.length === 0
    ? ""
    : ` Checkpoint${numbers.length > 1 ? "s" : ""} ${numbers.join(", ")} ${numbers.length > 1 ? "were" : "was"} amended; the latest version is shown.`;

export function CheckpointsSection({ report }: { report: LaunchReport }) {
  const tz = report.launch.timezone;
  return (
    <ReportSection
      id="checkpoints"
      title="Checkpoint metrics"
      description={
        report.metrics.length > 0
          ? `Criteria: ${report.metrics.map(criterionText).join("; ")}.${amendedText(report.amendedCheckpoints)}`
          : undefined
      }
    >
      {report.checkpoints.length === 0 ? (
        <Empty>No checkpoints reported.</Empty>
      ) : (
        <>
          <CheckpointTableView metrics={report.metrics} rows={report.checkpoints} timeZone={tz} />
          {report.checkpoints.some((row) => row.notes.trim()) && (
            <ul className="mt-3 space-y-1 text-sm">
              {report.checkpoints
                .filter((row) => row.notes.trim())
                .map((row) => (
                  <li key={row.number}>
                    <span className="font-medium">Checkpoint {row.number}:</span>{" "}
                    <span className="whitespace-pre-line">{row.notes}</span>
                  </li>
                ))}
            </ul>
          )}
          <div className="report-charts mt-5 grid gap-5 sm:grid-cols-2">
            {report.metrics.map((metric) => (
              <MetricChart
                key={metric.id}
                metric={metric}
                rows={report.checkpoints}
                timeZone={tz}
                height={170}
                printWidth={680}
                printHeight={140}
              />
            ))}
          </div>
        </>
      )}
    </ReportSection>
  );
}

export function IncidentsSection({ report }: { report: LaunchReport }) {
  const tz = report.launch.timezone;
  return (
    <ReportSection id="incidents" title="Incidents" description={`Times in ${tz}.`}>
      {report.incidents.length === 0 ? (
        <Empty>No incidents.</Empty>
      ) : (
        <ReportTable
          head={["Severity", "Incident", "Opened", "Resolved", "Time to resolve", "Status"]}
          minWidth="38rem"
        >
          {report.incidents.map((incident) => (
            <tr key={incident.id} data-testid="report-incident-row" data-severity={incident.severity}>
              <td>
                <span
                  className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold print:border print:border-black ${severityLook[incident.severity].pill}`}
                >
                  {severityLook[incident.severity].label}
                </span>
              </td>
              <td>
                <span className="font-medium">{incident.title}</span>
                {incident.owner && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">Owner: {incident.owner.name}</span>
                )}
                {incident.impact && (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">Impact: {incident.impact}</span>
                )}
              </td>
              <td className="tabular-nums">{localDateTime(incident.openedAt, tz)}</td>
              <td className="tabular-nums">{localDateTime(incident.resolvedAt, tz) || "–"}</td>
              <td className="font-medium tabular-nums">{durationText(incident.resolutionMinutes) || "not resolved"}</td>
              <td>{incidentStatusLabels[incident.status]}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}

export function CommunicationsSection({ report }: { report: LaunchReport }) {
  const tz = report.launch.timezone;
  const { sent, planned } = report.communications;
  return (
    <ReportSection
      id="communications"
      title="Communications sent"
      description={`${sent.length} of ${planned} planned messages sent. Times in ${tz}.`}
    >
      {sent.length === 0 ? (
        <Empty>No messages sent.</Empty>
      ) : (
        <ReportTable head={["Sent", "To", "Message"]} minWidth="32rem">
          {sent.map((message) => (
            <tr key={message.id}>
              <td className="whitespace-nowrap tabular-nums">
                {localDateTime(message.sentAt, tz)}
                {message.sentBy && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">by {message.sentBy.name}</span>
                )}
              </td>
              <td>
                {message.audience}
                <span className="block text-xs text-slate-500 dark:text-slate-400">{message.channel}</span>
              </td>
              <td className="whitespace-pre-line">{message.shownText}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
