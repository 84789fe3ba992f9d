"use client";

import { useId } from "react";
import { criterionText } from "@/lib/checkpoints/evaluate";
import type { DraftValue } from "@/components/checkpoints/checkpoint-draft";
import { resultLook } from "@/components/checkpoints/look";
import { inputClass } from "@/components/ui/field";
import { warnCriterion } from "@/lib/report/format";

/** One success criterion in the checkpoint form: its target, the value, and pass / warn / fail as it is typed. */
export function MetricValueRow({
  draft,
  pushedAt,
  onChange,
}: {
  draft: DraftValue;
  pushedAt: string | null;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const { metric, result } = draft;
  return (
    <div
      data-testid="metric-row"
      data-metric-id={metric.id}
      className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5 py-3 sm:grid-cols-[minmax(0,1fr)_10rem_5.5rem]"
    >
      <div className="col-span-2 min-w-0 sm:col-span-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {metric.name}
        </label>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Target {criterionText({ ...metric, name: "" }).trim()}
          {metric.warnThreshold !== null && ` · warns ${warnCriterion(metric)}`}
        </p>
      </div>
      <div>
        <div className="relative">
          <input
            id={id}
            data-testid="metric-value-input"
            inputMode="decimal"
            autoComplete="off"
            value={draft.text}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={draft.invalid || undefined}
            aria-describedby={`${id}-state`}
            placeholder="value"
            className={`${inputClass} mt-0 pr-12 text-right tabular-nums ${draft.invalid ? "border-red-500 focus:border-red-500 focus:ring-red-500" : ""}`}
          />
          {metric.unit && (
            <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs text-slate-500">
              {metric.unit}
            </span>
          )}
        </div>
        {pushedAt && (
          <p className="mt-0.5 text-right text-[11px] text-indigo-700 dark:text-indigo-300" data-testid="metric-pushed">
            pushed {pushedAt}
          </p>
        )}
      </div>
      <div id={`${id}-state`} aria-live="polite" className="justify-self-end">
        {draft.invalid ? (
          <span className="text-xs font-medium text-red-700 dark:text-red-300">Not a number</span>
        ) : result ? (
          <span
            data-testid="metric-result"
            data-result={result}
            className={`inline-flex w-[5.25rem] items-center justify-center gap-1 rounded-full py-1 text-xs font-bold ring-1 ring-inset ${resultLook[result].pill}`}
          >
            <span aria-hidden>{resultLook[result].mark}</span> {resultLook[result].label}
          </span>
        ) : (
          <span className="inline-flex w-[5.25rem] justify-center text-xs text-slate-400">no value</span>
        )}
      </div>
    </div>
  );
}
