"use client";

import type { CheckpointData, MetricData } from "@/lib/audit/event-types";
import { formatTime } from "@/lib/time/zoned";
import { Button } from "@/components/ui/button";
import { CheckpointReport } from "@/components/checkpoints/checkpoint-entry";
import { card, subtle } from "@/components/checkpoints/look";

type Props = {
  checkpoints: CheckpointData[];
  metrics: MetricData[];
  timeZone: string;
  canAmend: boolean;
  onAmend: (checkpoint: CheckpointData) => void;
};

/** Filed checkpoints, newest first; an amended one shows its latest version with the earlier ones below it. */
export function CheckpointHistory({ checkpoints, metrics, timeZone, canAmend, onAmend }: Props) {
  const byNumber = new Map<number, CheckpointData[]>();
  for (const checkpoint of checkpoints)
    byNumber.set(checkpoint.number, [...(byNumber.get(checkpoint.number) ?? []), checkpoint]);
  const groups = [...byNumber.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([number, versions]) => ({ number, versions: [...versions].sort((a, b) => b.version - a.version) }));

  if (groups.length === 0) {
    return (
      <div
        className="rounded-xl border border-dashed border-slate-300 px-5 py-8 text-center text-sm dark:border-slate-700"
        data-testid="checkpoints-empty"
      >
        <p className="font-medium">No checkpoint reported yet</p>
        <p className={`mt-1 ${subtle}`}>
          Each report records the metrics, the stand-up and the decision to continue, hold or roll back.
        </p>
      </div>
    );
  }
  return (
    <ol className="space-y-3" aria-label="Checkpoint reports, newest first">
      {groups.map(({ number, versions }) => {
        const [latest, ...older] = versions;
        if (!latest) return null;
        return (
          <li key={number} className={`${card} p-4`} data-testid="checkpoint-group" data-number={number}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                Checkpoint {number}
                {latest.dueAt && (
                  <span className={`ml-2 text-sm font-normal ${subtle}`}>due {formatTime(latest.dueAt, timeZone)}</span>
                )}
              </h3>
              {canAmend && (
                <Button
                  variant="ghost"
                  className="-my-1 px-2 py-1"
                  onClick={() => onAmend(latest)}
                  data-testid="amend-checkpoint"
                  aria-label={`Amend checkpoint ${number}`}
                >
                  Amend
                </Button>
              )}
            </div>
            {latest.version > 1 && (
              <p
                className="mb-2 rounded-md bg-indigo-50 px-2.5 py-1.5 text-xs text-indigo-900 dark:bg-indigo-950/60 dark:text-indigo-200"
                data-testid="amended-note"
              >
                v{latest.version} — amended by {latest.author?.name ?? "someone"} at{" "}
                {formatTime(latest.submittedAt, timeZone)}; {older.map((o) => `v${o.version}`).join(", ")} shown below
              </p>
            )}
            <CheckpointReport checkpoint={latest} metrics={metrics} timeZone={timeZone} />
            {older.map((version) => (
              <div key={version.id} className="mt-3 border-t border-dashed border-slate-200 pt-3 dark:border-slate-700">
                <p className={`mb-1.5 text-xs font-semibold uppercase tracking-wide ${subtle}`}>
                  v{version.version} · superseded
                </p>
                <CheckpointReport checkpoint={version} metrics={metrics} timeZone={timeZone} superseded />
              </div>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
