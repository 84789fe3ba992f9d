import type { MetricData } from "@/lib/audit/event-types";
import { comparatorSymbols } from "@/lib/checkpoints/evaluate";
import { checkpointTime, type CheckpointRow } from "@/lib/report/checkpoint-table";
import { valueText } from "@/lib/report/format";
import { formatTime } from "@/lib/time/zoned";
import { assessmentLook, decisionLook, resultLook } from "@/components/checkpoints/look";

/** Time × metric values × assessment / decision, one row per checkpoint (its latest version). */
export function CheckpointTableView({
  metrics,
  rows,
  timeZone,
}: {
  metrics: MetricData[];
  rows: CheckpointRow[];
  timeZone: string;
}) {
  if (rows.length === 0) return null;
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      data-testid="checkpoint-table"
      tabIndex={0}
      role="region"
      aria-label="Checkpoint table (scrolls sideways)"
    >
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              #
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Time
            </th>
            {metrics.map((metric) => (
              <th key={metric.id} scope="col" className="px-3 py-2 text-right font-semibold">
                <span className="block normal-case tracking-normal text-slate-700 dark:text-slate-200">
                  {metric.name}
                </span>
                <span className="block font-normal normal-case tracking-normal">
                  {comparatorSymbols[metric.comparator]} {valueText(metric.threshold, metric.unit)}
                </span>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-semibold">
              Assessment
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Decision
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr
              key={row.number}
              data-testid="checkpoint-table-row"
              data-number={row.number}
              data-result={row.result ?? "none"}
            >
              <td className="px-3 py-2 tabular-nums">
                {row.number}
                {row.version > 1 && <span className="ml-1 text-xs text-slate-500">v{row.version}</span>}
              </td>
              <td className="px-3 py-2 tabular-nums">{formatTime(checkpointTime(row), timeZone)}</td>
              {row.cells.map((cell) => (
                <td key={cell.metricId} className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {cell.value === null || cell.result === null ? (
                    <span className="text-slate-400">–</span>
                  ) : (
                    <span className={cell.result === "pass" ? "" : `font-semibold ${resultLook[cell.result].text}`}>
                      {valueText(cell.value, "")}{" "}
                      <span role="img" aria-label={resultLook[cell.result].label}>
                        {resultLook[cell.result].mark}
                      </span>
                    </span>
                  )}
                </td>
              ))}
              <td className="px-3 py-2">
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${assessmentLook[row.assessment].dot}`} />
                  {assessmentLook[row.assessment].label}
                </span>
              </td>
              <td className="px-3 py-2 font-medium">{decisionLook[row.decision].label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
