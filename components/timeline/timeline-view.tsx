"use client";

import { useMemo, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData, StepData } from "@/lib/audit/event-types";
import type { RunStepInput, StepAction } from "@/lib/timeline/schemas";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { can, canRunStep, myFunctionIn, whyCannotAct } from "@/lib/auth/permissions";
import { currentPhase, groupByPhase, stepCounts } from "@/lib/timeline/war-room";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PlusIcon } from "@/components/ui/icons";
import { LaunchHeader } from "@/components/launches/launch-header";
import { LaunchTabs } from "@/components/launches/launch-tabs";
import { useLiveClock } from "@/components/timeline/use-live-clock";
import { useDisplayZone } from "@/components/ui/use-display-zone";
import { useTimelineForecast } from "@/components/timeline/use-timeline-forecast";
import { useStepActions } from "@/components/timeline/use-step-actions";
import { ForecastHeadline } from "@/components/timeline/forecast-headline";
import { NextStepLine } from "@/components/timeline/next-step-line";
import { nextStepCountdown } from "@/lib/timeline/countdown";
import { phaseTitle } from "@/lib/timeline/phase-title";
import { PhaseSection } from "@/components/timeline/phase-section";
import { StepEditorDialog, type EditorTarget } from "@/components/timeline/step-editor-dialog";
import { CorrectTimesDialog } from "@/components/timeline/correct-times-dialog";
import { OpenItemsDialog, type OpenItemsPrompt } from "@/components/timeline/open-items-dialog";
import { RunPromptDialog, type RunPrompt } from "@/components/timeline/run-prompt-dialog";
import type { StepRowActions } from "@/components/timeline/step-action-bar";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";

type Props = { initial: LaunchSnapshot; actorId: string; renderedAt: number };

/** The timeline page: the plan in order, grouped by phase, live; the lead runs it, everyone watches. */
export function TimelineView(props: Props) {
  return (
    <ToastProvider>
      <Timeline {...props} />
    </ToastProvider>
  );
}

function Timeline({ initial, actorId, renderedAt }: Props) {
  const { snapshot, status, update } = useLaunchLive(initial);
  const now = useLiveClock(renderedAt);
  const { zone } = useDisplayZone(snapshot.timezone);
  const forecast = useTimelineForecast(snapshot, now);
  const api = useStepActions(snapshot.id, update);
  const toast = useToast();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [editor, setEditor] = useState<EditorTarget>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<StepData | null>(null);
  const [prompt, setPrompt] = useState<OpenItemsPrompt>(null);
  const [runPrompt, setRunPrompt] = useState<RunPrompt>(null);
  const [pendingOptions, setPendingOptions] = useState<RunStepInput>({});
  const canEdit = can(snapshot.myRole, "timeline.edit");

  const linkedItems = useMemo(() => {
    const byStep = new Map<string, ChecklistItemData[]>();
    for (const item of snapshot.sections.flatMap((section) => section.items)) {
      if (item.stepId) byStep.set(item.stepId, [...(byStep.get(item.stepId) ?? []), item]);
    }
    return byStep;
  }, [snapshot.sections]);
  const titles = useMemo(() => new Map(snapshot.steps.map((step) => [step.id, step.title])), [snapshot.steps]);

  const withBusy = async <T,>(stepId: string, work: () => Promise<T>) => {
    setBusyIds((ids) => new Set(ids).add(stepId));
    try {
      return await work();
    } finally {
      setBusyIds((ids) => {
        const next = new Set(ids);
        next.delete(stepId);
        return next;
      });
    }
  };

  // Each answer that needs a decision opens its prompt; what was already decided is kept and sent again.
  const run = async (step: StepData, action: StepAction, options: RunStepInput = {}) => {
    if (action === "complete" && step.kind === "validation" && !options.outcome) {
      setPendingOptions(options);
      return setRunPrompt({ kind: "validation", stepId: step.id, stepTitle: step.title });
    }
    const result = await withBusy(step.id, () => api.run(step.id, action, options));
    setPrompt(null);
    setRunPrompt(null);
    if (result.ok) return setPendingOptions({});
    setPendingOptions(options);
    const base = { stepId: step.id, stepTitle: step.title };
    if (result.needsConfirmation === true)
      return setPrompt({
        ...base,
        action,
        items: result.openItems ?? result.openRequiredItems ?? [],
        required: result.openRequiredItems ?? [],
      });
    if (result.needsConfirmation === "predecessors" || result.needsConfirmation === "fixedStart") {
      return setRunPrompt({
        kind: "start_anyway",
        action,
        ...base,
        predecessors: result.predecessors ?? [],
        fixedStart: result.fixedStart ?? null,
      });
    }
    if (result.needsConfirmation === "pointOfNoReturn")
      return setRunPrompt({ kind: "point_of_no_return", action, ...base });
    toast({ message: result.error, tone: "error" });
  };

  const actions: StepRowActions = {
    canRun: (step) =>
      canRunStep({
        role: snapshot.myRole,
        actorId,
        ownerId: step.owner?.id ?? null,
        myFunction: myFunctionIn(snapshot, actorId),
        ownerLabel: step.ownerLabel,
      }),
    whyNot: (step) =>
      whyCannotAct({
        role: snapshot.myRole,
        actorId,
        ownerId: step.owner?.id ?? null,
        ownerName: step.owner?.name,
        myFunction: myFunctionIn(snapshot, actorId),
        ownerLabel: step.ownerLabel,
      }),
    canEdit,
    busy: (stepId) => busyIds.has(stepId),
    run: (step, action) => void run(step, action),
    edit: (step) => setEditor({ mode: "edit", step }),
    correct: (step) => setCorrecting(step.id),
    remove: (step) => setDeleting(step),
  };

  const counts = stepCounts(snapshot.steps);
  const current = currentPhase(snapshot.steps);
  const phase = {
    ...current,
    phase: current.phase && phaseTitle(current.phase, snapshot.steps, snapshot.goLiveAt, zone),
  };
  const promptStep = prompt && snapshot.steps.find((step) => step.id === prompt.stepId);
  const runPromptStep = runPrompt && snapshot.steps.find((step) => step.id === runPrompt.stepId);

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-28 pt-6 sm:pt-8">
      <LaunchHeader snapshot={snapshot} live={status} now={now} />
      <div className="mt-5">
        <LaunchTabs launchId={snapshot.id} tab="timeline" />
      </div>
      <div className="mt-4 empty:hidden">
        <RollbackAlarmBanner snapshot={snapshot} />
      </div>
      {snapshot.gates.length > 0 && <GateSummaryCard snapshot={snapshot} actorId={actorId} className="mt-4" />}

      <div className="mt-5 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-stretch">
        <div className="grid gap-3 sm:grid-cols-2">
          <ForecastHeadline forecast={forecast} timeZone={zone} />
          <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
            <p className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">Plan</p>
            <p className="mt-0.5 text-xl font-bold tabular-nums" data-testid="timeline-counts">
              {counts.finished} / {counts.total}{" "}
              <span className="text-base font-medium text-slate-600 dark:text-slate-400">steps done</span>
            </p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              {phase.state === "running" && (
                <>
                  Now in <span className="font-semibold">{phase.phase || "the plan"}</span> · {counts.running} running
                </>
              )}
              {phase.state === "halted" && (
                <span className="font-semibold text-red-700 dark:text-red-300">
                  A step failed in {phase.phase || "the plan"}
                </span>
              )}
              {phase.state === "between" && <>Next: {phase.phase || "the next step"}</>}
              {phase.state === "not_started" && <>Not started · first: {phase.phase || "the first step"}</>}
              {phase.state === "finished" && <>Every step is done</>}
              {phase.state === "empty" && <>No steps yet</>}
            </p>
            <NextStepLine next={nextStepCountdown(snapshot.steps, forecast, snapshot.goLiveAt, now)} timeZone={zone} />
          </div>
        </div>
        {canEdit && (
          <Button
            onClick={() => setEditor({ mode: "create" })}
            data-testid="step-add"
            className="self-start sm:self-center"
          >
            <PlusIcon /> Add step
          </Button>
        )}
      </div>

      {forecast.unscheduled.length > 0 && (
        <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
          {forecast.unscheduled.length} step(s) have no time yet: they are placed relative to go-live, and the launch
          has no go-live.
        </p>
      )}

      {snapshot.steps.length === 0 ? (
        <div
          className="mt-8 rounded-xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700"
          data-testid="timeline-empty"
        >
          <p className="font-medium">No timeline yet</p>
          <p className="mt-1 text-sm text-slate-500">
            {canEdit
              ? "Add the steps of the go-live: when, who, how long, and what each waits for."
              : "The lead has not planned the steps yet."}
          </p>
        </div>
      ) : (
        <div className="mt-6 space-y-5" data-testid="timeline">
          {groupByPhase(snapshot.steps).map((group, index) => (
            <PhaseSection
              key={`${index}:${group.phase}`}
              group={group}
              forecast={forecast}
              snapshot={snapshot}
              timeZone={zone}
              now={now}
              titleOf={(id) => titles.get(id) ?? "a removed step"}
              linkedItems={linkedItems}
              actions={actions}
            />
          ))}
        </div>
      )}

      <StepEditorDialog
        target={editor}
        context={{
          steps: snapshot.steps,
          members: snapshot.members,
          timeZone: snapshot.timezone,
          goLiveAt: snapshot.goLiveAt,
          communications: snapshot.communications,
          autoStartByDefault: snapshot.autoStartSteps,
        }}
        actions={api}
        onClose={() => setEditor(null)}
      />
      <CorrectTimesDialog
        step={snapshot.steps.find((step) => step.id === correcting) ?? null}
        timeZone={snapshot.timezone}
        onCorrect={api.correct}
        onClose={() => setCorrecting(null)}
      />
      <OpenItemsDialog
        prompt={prompt}
        busy={!!prompt && busyIds.has(prompt.stepId)}
        onClose={() => setPrompt(null)}
        onConfirm={() =>
          promptStep && prompt && void run(promptStep, prompt.action, { ...pendingOptions, confirmOpenItems: true })
        }
      />
      <RunPromptDialog
        prompt={runPrompt}
        timeZone={snapshot.timezone}
        busy={!!runPrompt && busyIds.has(runPrompt.stepId)}
        onClose={() => setRunPrompt(null)}
        onSubmit={(options) => {
          if (!runPromptStep || !runPrompt) return;
          void run(runPromptStep, runPrompt.kind === "validation" ? "complete" : runPrompt.action, {
            ...pendingOptions,
            ...options,
          });
        }}
      />
      <ConfirmDialog
        open={!!deleting}
        title="Delete step"
        confirmLabel="Delete step"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const step = deleting;
          if (step)
            void withBusy(step.id, () => api.remove(step.id)).then(
              (result) => !result.ok && toast({ message: result.error, tone: "error" }),
            );
        }}
      >
        Delete <strong>{deleting?.title}</strong>? Steps that wait for it will wait for its predecessors instead, and
        its checklist items are unlinked.
      </ConfirmDialog>
    </main>
  );
}
