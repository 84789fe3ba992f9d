import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";
import type { PhaseGroup } from "@/lib/timeline/war-room";
import { formatTime, formatTimeWithZone } from "@/lib/time/zoned";
import { retimeTitle } from "@/lib/time/title-times";
import { plannedSpan } from "@/lib/timeline/phase-title";
import { StepRow } from "@/components/timeline/step-row";
import type { StepRowActions } from "@/components/timeline/step-action-bar";

type Props = {
  group: PhaseGroup;
  forecast: TimelineForecast;
  snapshot: LaunchSnapshot;
  /** The zone the viewer sees times in. */
  timeZone: string;
  now: number;
  titleOf: (stepId: string) => string;
  linkedItems: Map<string, ChecklistItemData[]>;
  actions: StepRowActions;
};

/** A run of steps of one phase, with when the phase is expected to start and end. */
export function PhaseSection({ group, forecast, snapshot, timeZone, now, titleOf, linkedItems, actions }: Props) {
  const spans = group.steps.flatMap((step) => (forecast.steps[step.id] ? [forecast.steps[step.id]!] : []));
  const start = spans.map((span) => span.start).sort()[0];
  const end = spans
    .map((span) => span.end)
    .sort()
    .at(-1);
  const finished = group.steps.filter((step) => step.status === "done" || step.status === "skipped").length;
  const running = group.steps.some((step) => step.status === "in_progress");
  // A clock time imported in the phase's name is rendered from its planned steps, in the viewer's zone.
  const title = retimeTitle(group.phase, plannedSpan(group.steps, snapshot.goLiveAt), timeZone);
  return (
    <section
      aria-label={group.phase || "Steps"}
      data-testid="timeline-phase"
      className={`overflow-hidden rounded-xl border bg-white shadow-sm dark:bg-slate-900 ${running ? "border-sky-300 dark:border-sky-800" : "border-slate-200 dark:border-slate-800"}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 bg-slate-50/80 px-4 py-2 dark:border-slate-800 dark:bg-slate-900/60">
        <h2
          className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-200"
          data-testid="timeline-phase-title"
          title={title !== group.phase ? `As imported: ${group.phase}` : undefined}
        >
          {title || "Steps"}
        </h2>
        <p className="text-xs tabular-nums text-slate-500 dark:text-slate-400">
          {start && end && `${formatTime(start, timeZone)}–${formatTimeWithZone(end, timeZone)} forecast · `}
          {finished}/{group.steps.length} done
        </p>
      </header>
      <ol className="divide-y divide-slate-100 dark:divide-slate-800">
        {group.steps.map((step) => (
          <StepRow
            key={step.id}
            step={step}
            forecast={forecast}
            goLiveAt={snapshot.goLiveAt}
            timeZone={timeZone}
            now={now}
            titleOf={titleOf}
            linkedItems={linkedItems.get(step.id) ?? []}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
}
