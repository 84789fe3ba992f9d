"use client";

import type { CheckpointData, MetricData } from "@/lib/audit/event-types";
import { checkpointRow } from "@/lib/report/checkpoint-table";
import { valueText } from "@/lib/report/format";
import { formatTime } from "@/lib/time/zoned";
import { assessmentLook, decisionLook, pill, resultLook, subtle } from "@/components/checkpoints/look";

type Props = { checkpoint: CheckpointData; metrics: MetricData[]; timeZone: string; superseded?: boolean };

/** One filed checkpoint report, as submitted: values with pass / warn / fail, stand-up, assessment, decision. */
export function CheckpointReport({ checkpoint, metrics, timeZone, superseded = false }: Props) {
  const row = checkpointRow(metrics, checkpoint);
  const measured = row.cells.flatMap((cell, index) =>
    cell.value !== null && cell.result !== null && metrics[index]
      ? [{ metric: metrics[index], value: cell.value, result: cell.result }]
      : [],
  );
  return (
    <div
      data-testid="checkpoint-entry"
      data-number={checkpoint.number}
      data-version={checkpoint.version}
      data-result={row.result ?? "none"}
      data-superseded={superseded || undefined}
      className={superseded ? "opacity-75" : ""}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className={`${pill} ${assessmentLook[checkpoint.assessment].solid}`}>
          <span className="sr-only">Assessment: </span>
          {assessmentLook[checkpoint.assessment].label}
        </span>
        <span className={`${pill} ${decisionLook[checkpoint.decision].solid}`}>
          <span className="sr-only">Decision: </span>
          {decisionLook[checkpoint.decision].label}
        </span>
        {row.result && (
          <span className={`${pill} ring-1 ring-inset ${resultLook[row.result].pill}`}>
            {resultLook[row.result].mark} metrics{" "}
            {row.result === "pass" ? "pass" : row.result === "warn" ? "warn" : "fail"}
          </span>
        )}
        <span className={`text-xs ${subtle}`}>
          Filed {formatTime(checkpoint.submittedAt, timeZone)}
          {checkpoint.author && ` by ${checkpoint.author.name}`}
        </span>
      </div>
      {measured.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Metric values">
          {measured.map(({ metric, value, result }) => (
            <li
              key={metric.id}
              className={`inline-flex items-center gap-1 rounded-md bg-slate-50 px-2 py-1 text-xs ring-1 ring-inset ring-slate-200 dark:bg-slate-800/60 dark:ring-slate-700`}
            >
              <span className="text-slate-600 dark:text-slate-300">{metric.name}</span>
              <span className="font-semibold tabular-nums">{valueText(value, metric.unit)}</span>
              <span role="img" className={`font-bold ${resultLook[result].text}`} aria-label={resultLook[result].label}>
                {resultLook[result].mark}
              </span>
            </li>
          ))}
        </ul>
      )}
      {checkpoint.standup.length > 0 && (
        <dl className="mt-2 grid gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
          {checkpoint.standup.map((entry) => (
            <div key={entry.function} className="contents">
              <dt className="font-medium text-slate-700 dark:text-slate-300">{entry.function}</dt>
              <dd className="mb-1 text-slate-600 sm:mb-0 dark:text-slate-400">{entry.status}</dd>
            </div>
          ))}
        </dl>
      )}
      {checkpoint.notes.trim() && (
        <p className="mt-2 whitespace-pre-line text-sm text-slate-700 dark:text-slate-300">{checkpoint.notes}</p>
      )}
    </div>
  );
}
