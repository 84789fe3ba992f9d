"use client";

import type { ChecklistItemData, StepData } from "@/lib/audit/event-types";
import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { countdownTo } from "@/lib/timeline/countdown";
import {
  elapsedClock,
  minutesLabel,
  offsetFromGoLive,
  offsetLabel,
  stepVarianceLabel,
} from "@/lib/timeline/time-words";
import { ownerName } from "@/lib/timeline/war-room";
import { formatDayTime, formatTime } from "@/lib/time/zoned";
import { statusLook } from "@/components/checklists/status-look";
import { FlagIcon } from "@/components/ui/icons";
import { StepStatusPill, varianceClass } from "@/components/timeline/step-look";
import { StepActionBar, type StepRowActions } from "@/components/timeline/step-action-bar";
import { StepKindIcon } from "@/components/timeline/step-kind-icon";

type Props = {
  step: StepData;
  forecast: TimelineForecast;
  goLiveAt: string | null;
  timeZone: string;
  now: number;
  titleOf: (stepId: string) => string;
  linkedItems: ChecklistItemData[];
  actions: StepRowActions;
};

const range = (start: string | null, end: string | null, timeZone: string) =>
  start ? `${formatTime(start, timeZone)}–${end ? formatTime(end, timeZone) : "…"}` : null;

/** One step of the plan: when, who, after what, what happened, what is expected, and its buttons. */
/** " · in 12 min" until a fixed start, counted to when the forecast expects it (the shared countdown). */
function fixedStartIn(step: StepData, planned: Date, forecastStart: string | null, now: number) {
  if (step.status !== "pending") return "";
  const countdown = countdownTo(planned.toISOString(), forecastStart, now);
  return countdown.overdue ? "" : ` · in ${minutesLabel(Math.ceil(countdown.remainingMs / 60_000))}`;
}

export function StepRow({ step, forecast, goLiveAt, timeZone, now, titleOf, linkedItems, actions }: Props) {
  const planned = plannedStartOf(step, goLiveAt);
  const expected = forecast.steps[step.id];
  const offset = step.plannedOffsetMinutes ?? (planned ? offsetFromGoLive(planned, goLiveAt) : null);
  const owner = ownerName(step);
  const started = step.status !== "pending" && step.actualStart;
  const variance = expected ? expected.endVarianceMinutes : null;
  const showForecast = expected && (step.status === "pending" || step.status === "in_progress");
  const elapsed = step.status === "in_progress" ? elapsedClock(step.actualStart, now) : null;
  const overTime =
    step.status === "in_progress" &&
    step.actualStart &&
    now - Date.parse(step.actualStart) > step.plannedMinutes * 60_000;

  return (
    <li
      data-testid="step-row"
      data-step-id={step.id}
      data-status={step.status}
      data-critical={expected?.critical ? "true" : "false"}
      className={`grid grid-cols-[4.5rem_1fr] gap-x-3 gap-y-2 px-3 py-3 sm:grid-cols-[5.5rem_1fr_auto] sm:px-4 ${
        step.status === "in_progress"
          ? "bg-sky-50/70 dark:bg-sky-950/30"
          : step.status === "failed"
            ? "bg-red-50/70 dark:bg-red-950/30"
            : ""
      } ${step.status === "done" || step.status === "skipped" ? "text-slate-500 dark:text-slate-400" : ""}`}
    >
      <div className="tabular-nums">
        {planned ? (
          <time
            dateTime={planned.toISOString()}
            title={formatDayTime(planned.toISOString(), timeZone, true)}
            className="block text-base font-semibold text-slate-900 dark:text-slate-100"
          >
            {formatTime(planned.toISOString(), timeZone)}
          </time>
        ) : (
          <span className="block text-sm text-slate-500">No time</span>
        )}
        {offset !== null && (
          <span className="block text-xs text-slate-500 dark:text-slate-400">{offsetLabel(offset)}</span>
        )}
      </div>

      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {(step.isMilestone || step.isGoLive) && (
            <span
              aria-hidden
              className={`inline-block h-2.5 w-2.5 rotate-45 ${step.isGoLive ? "bg-indigo-600 dark:bg-indigo-400" : "bg-violet-500"}`}
            />
          )}
          <StepKindIcon kind={step.kind} />
          <h3 className="font-medium text-slate-900 dark:text-slate-100">{step.title}</h3>
          {step.pointOfNoReturn && (
            <span
              data-testid="step-ponr"
              className="rounded-full bg-red-100 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-red-800 dark:bg-red-950 dark:text-red-200"
            >
              Point of no return
            </span>
          )}
          {step.autoStart && (
            <span
              data-testid="step-auto"
              className="rounded-full bg-sky-100 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-sky-800 dark:bg-sky-950 dark:text-sky-200"
              title="Starts by itself when its predecessors complete"
            >
              Auto-start
            </span>
          )}
          {step.fixedStart && planned && (
            <span
              data-testid="step-fixed"
              className="rounded-full bg-slate-200 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-slate-800 dark:bg-slate-700 dark:text-slate-100"
              title="Must not start before its planned time"
            >
              Fixed start
              {fixedStartIn(step, planned, expected?.start ?? null, now)}
            </span>
          )}
          {step.isGoLive && (
            <span className="inline-flex items-center gap-1 rounded-full bg-indigo-600 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-white">
              <FlagIcon className="h-3 w-3" /> Go-live
            </span>
          )}
          {step.isMilestone && !step.isGoLive && (
            <span className="rounded-full bg-violet-100 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-violet-800 dark:bg-violet-950 dark:text-violet-200">
              Milestone
            </span>
          )}
          {expected?.critical && step.status !== "done" && step.status !== "skipped" && (
            <span
              className="rounded-full bg-orange-100 px-2 py-px text-[11px] font-semibold uppercase tracking-wide text-orange-800 dark:bg-orange-950 dark:text-orange-200"
              title="On the critical path: a delay here delays go-live"
            >
              Critical path
            </span>
          )}
        </div>
        <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
          <span className={owner ? "font-medium text-slate-800 dark:text-slate-200" : "italic"}>
            {owner || "No owner"}
          </span>
          <span aria-hidden> · </span>
          {minutesLabel(step.plannedMinutes)}
        </p>
        {step.predecessorIds.length > 0 && (
          <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400" data-testid="step-predecessors">
            After: {step.predecessorIds.map(titleOf).join(", ")}
          </p>
        )}
        {linkedItems.length > 0 && (
          <ul
            className="mt-1.5 flex flex-wrap gap-1.5"
            aria-label="Linked checklist items"
            data-testid="step-linked-items"
          >
            {linkedItems.map((item) => (
              <li
                key={item.id}
                data-testid="step-linked-item"
                data-status={item.status}
                className={`inline-flex max-w-full items-center gap-1.5 rounded-md px-2 py-0.5 text-xs ring-1 ring-inset ${statusLook[item.status].pill}`}
              >
                <span className={`h-1.5 w-1.5 shrink-0 rounded-full ${statusLook[item.status].dot}`} aria-hidden />
                <span className="truncate">{item.title}</span>
                {item.required && (
                  <span className="font-semibold" title="Required">
                    *
                  </span>
                )}
                <span className="sr-only">({statusLook[item.status].label})</span>
              </li>
            ))}
          </ul>
        )}
        {step.notes && (
          <p className="mt-1 whitespace-pre-line text-xs text-slate-500 dark:text-slate-400">{step.notes}</p>
        )}
        {step.forcedReason && (
          <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="step-forced-reason">
            Started anyway: {step.forcedReason}
          </p>
        )}
        {step.systemNote && (
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400" data-testid="step-system-note">
            {step.systemNote}
          </p>
        )}
        {step.outcome && (
          <p
            className={`mt-1 text-xs font-medium ${step.outcome === "pass" ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}`}
            data-testid="step-outcome"
          >
            {step.outcome === "pass" ? "Passed" : "Failed"}
            {step.evidence && <span className="font-normal"> — {step.evidence}</span>}
          </p>
        )}
      </div>

      <div className="col-span-2 flex flex-col gap-1.5 sm:col-span-1 sm:min-w-56 sm:items-end sm:text-right">
        <div className="flex flex-wrap items-center gap-2 sm:justify-end">
          <StepStatusPill status={step.status} />
          {variance !== null && step.status !== "skipped" && (
            <span
              data-testid="step-variance"
              data-minutes={variance}
              className={`rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ${varianceClass(variance)}`}
              title={
                expected
                  ? `Start ${stepVarianceLabel(expected.startVarianceMinutes)}, finish ${stepVarianceLabel(expected.endVarianceMinutes)} against the plan`
                  : undefined
              }
            >
              {stepVarianceLabel(variance)}
            </span>
          )}
        </div>
        <dl className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
          {started && (
            <div className="flex gap-1 sm:justify-end">
              <dt>Actual</dt>
              <dd className="font-medium text-slate-800 dark:text-slate-200" data-testid="step-actual">
                {range(step.actualStart, step.actualEnd, timeZone)}
                {elapsed && <span className={overTime ? "text-red-600 dark:text-red-400" : ""}> · {elapsed}</span>}
              </dd>
            </div>
          )}
          {showForecast && (
            <div className="flex gap-1 sm:justify-end">
              <dt>Forecast</dt>
              <dd className="font-medium text-slate-800 dark:text-slate-200" data-testid="step-forecast">
                {range(expected.start, expected.end, timeZone)}
              </dd>
            </div>
          )}
        </dl>
        <StepActionBar step={step} actions={actions} />
      </div>
    </li>
  );
}
