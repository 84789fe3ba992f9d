"use client";

import type { MetricData } from "@/lib/audit/event-types";
import type { CheckpointRow } from "@/lib/report/checkpoint-table";
import { MetricChart } from "@/components/checkpoints/metric-chart";
import { CheckpointTableView } from "@/components/checkpoints/checkpoint-table-view";
import { SectionHeading } from "@/components/checkpoints/section-nav";
import { card } from "@/components/checkpoints/look";

/** Each metric charted over the checkpoints against its threshold, and the same data as a table. */
export function MetricsSection({
  metrics,
  rows,
  timeZone,
}: {
  metrics: MetricData[];
  rows: CheckpointRow[];
  timeZone: string;
}) {
  return (
    <section id="metrics" className="mt-10 scroll-mt-16" aria-label="Metrics">
      <SectionHeading
        title="Metrics over the checkpoints"
        description="Dashed line: the target. Dotted: the warning threshold. ● pass ▲ warn ✕ fail."
      />
      {metrics.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">No success criteria yet.</p>
      ) : (
        <>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {metrics.map((metric) => (
              <div key={metric.id} className={`${card} p-4`}>
                <MetricChart metric={metric} rows={rows} timeZone={timeZone} />
              </div>
            ))}
          </div>
          <div className="mt-4">
            <CheckpointTableView metrics={metrics} rows={rows} timeZone={timeZone} />
          </div>
        </>
      )}
    </section>
  );
}
