"use client";

import { useId, useState, type FormEvent } from "react";
import type { CommunicationData, MemberData, StepData } from "@/lib/audit/event-types";
import { draftFromStep, draftToInput, type DraftErrors, type StepDraft } from "@/lib/timeline/step-draft";
import { offsetLabel } from "@/lib/timeline/time-words";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { Dialog } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, Select, TextArea, TextInput, inputClass } from "@/components/ui/field";
import { formatTime } from "@/lib/time/zoned";
import type { StepActions, StepResult } from "@/components/timeline/use-step-actions";

export type EditorTarget = { mode: "create" } | { mode: "edit"; step: StepData } | null;

type Context = {
  steps: StepData[];
  members: MemberData[];
  timeZone: string;
  goLiveAt: string | null;
  communications?: CommunicationData[];
  autoStartByDefault?: boolean;
};

/** Add or edit a step (lead): what, who, when (a clock time or relative to go-live), how long, after what. */
export function StepEditorDialog({
  target,
  context,
  actions,
  onClose,
}: {
  target: EditorTarget;
  context: Context;
  actions: StepActions;
  onClose: () => void;
}) {
  const step = target?.mode === "edit" ? target.step : null;
  return (
    <Dialog
      open={!!target}
      onClose={onClose}
      variant="drawer"
      title={step ? "Edit step" : "Add a step"}
      description={step ? `"${step.title}"` : `Times in ${context.timeZone}`}
      testId="step-editor"
    >
      {target && (
        <StepForm
          key={step ? `${step.id}:${step.version}` : "new"}
          step={step}
          context={context}
          actions={actions}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function StepForm({
  step,
  context,
  actions,
  onDone,
}: {
  step: StepData | null;
  context: Context;
  actions: StepActions;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<StepDraft>(() =>
    draftFromStep(step, context.timeZone, context.goLiveAt, context.autoStartByDefault),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [server, setServer] = useState<{ error: string; fields: Record<string, string[]> } | null>(null);
  const [busy, setBusy] = useState(false);
  const phasesId = useId();
  const set = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const phases = [...new Set(context.steps.map((s) => s.phase).filter(Boolean))];
  const others = context.steps.filter((s) => s.id !== step?.id);
  const offset = Number(draft.offsetMinutes.replace("\u2212", "-"));
  const relativeAt =
    draft.placement === "relative" && Number.isInteger(offset)
      ? plannedStartOf({ plannedStart: null, plannedOffsetMinutes: offset }, context.goLiveAt)
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = draftToInput(draft, context.timeZone);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setBusy(true);
    const result: StepResult = step
      ? await actions.edit(step.id, { version: step.version, ...parsed.input })
      : await actions.create(parsed.input);
    setBusy(false);
    if (result.ok) return onDone();
    setServer({ error: result.error, fields: result.fields });
  }

  const fieldError = (name: string) => server?.fields[name]?.[0];
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Title" error={errors.title ?? fieldError("title")}>
        <TextInput
          value={draft.title}
          onChange={(e) => set("title", e.target.value)}
          placeholder="e.g. Switch 10% of traffic to blue"
          data-testid="step-title"
          required
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Phase" hint="Steps of a phase are grouped together." error={fieldError("phase")}>
          <TextInput
            value={draft.phase}
            onChange={(e) => set("phase", e.target.value)}
            list={phasesId}
            placeholder="e.g. Migration"
            data-testid="step-phase"
          />
          <datalist id={phasesId}>
            {phases.map((phase) => (
              <option key={phase} value={phase} />
            ))}
          </datalist>
        </Field>
        <Field label="Owner" error={errors.ownerLabel ?? fieldError("ownerId")}>
          <Select
            value={draft.ownerChoice}
            onChange={(e) => set("ownerChoice", e.target.value)}
            data-testid="step-owner"
          >
            <option value="">Nobody yet</option>
            {context.members.map((member) => (
              <option key={member.userId} value={`member:${member.userId}`}>
                {member.name}
                {member.function ? ` (${member.function})` : ""}
              </option>
            ))}
            <option value="label">Someone else (a role or team)…</option>
          </Select>
          {draft.ownerChoice === "label" && (
            <TextInput
              value={draft.ownerLabel}
              onChange={(e) => set("ownerLabel", e.target.value)}
              placeholder="e.g. DBA, Card processor"
              aria-label="Owner label"
              data-testid="step-owner-label"
            />
          )}
        </Field>
      </div>

      <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <legend className="px-1 text-sm font-medium">Planned start</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="placement"
              checked={draft.placement === "relative"}
              onChange={() => set("placement", "relative")}
              data-testid="step-placement-relative"
            />
            Relative to go-live
          </label>
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="placement"
              checked={draft.placement === "time"}
              onChange={() => set("placement", "time")}
              data-testid="step-placement-time"
            />
            At a time ({context.timeZone})
          </label>
        </div>
        {draft.placement === "relative" ? (
          <Field
            label="Minutes from go-live"
            error={errors.offset ?? fieldError("plannedOffsetMinutes")}
            hint={
              Number.isInteger(offset)
                ? `${offsetLabel(offset)}${relativeAt ? ` · ${formatTime(relativeAt.toISOString(), context.timeZone)}` : " · the launch has no go-live yet, so the step waits unscheduled"}`
                : "Negative before go-live, e.g. -30."
            }
          >
            <TextInput
              inputMode="numeric"
              value={draft.offsetMinutes}
              onChange={(e) => set("offsetMinutes", e.target.value)}
              data-testid="step-offset"
            />
          </Field>
        ) : (
          <Field label="Starts at" error={errors.start ?? fieldError("plannedStart")} hint="Empty: no time yet.">
            <TextInput
              type="datetime-local"
              value={draft.startLocal}
              onChange={(e) => set("startLocal", e.target.value)}
              data-testid="step-start-at"
            />
          </Field>
        )}
      </fieldset>

      <Field label="Duration (minutes)" error={errors.duration ?? fieldError("plannedMinutes")}>
        <TextInput
          inputMode="numeric"
          value={draft.durationMinutes}
          onChange={(e) => set("durationMinutes", e.target.value)}
          className="max-w-32"
          data-testid="step-duration"
        />
      </Field>

      <fieldset>
        <legend className="text-sm font-medium">Waits for</legend>
        {others.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">No other steps yet.</p>
        ) : (
          <div className={`${inputClass} max-h-48 space-y-1 overflow-y-auto`} data-testid="step-predecessors-input">
            {others.map((other) => (
              <label key={other.id} className="flex items-center gap-2 text-sm font-normal">
                <input
                  type="checkbox"
                  checked={draft.predecessorIds.includes(other.id)}
                  onChange={(e) =>
                    set(
                      "predecessorIds",
                      e.target.checked
                        ? [...draft.predecessorIds, other.id]
                        : draft.predecessorIds.filter((id) => id !== other.id),
                    )
                  }
                />
                <span className="truncate">{other.title}</span>
              </label>
            ))}
          </div>
        )}
        {fieldError("predecessorIds") && fieldError("predecessorIds") !== server?.error && (
          <p className="mt-1 text-xs text-red-600 dark:text-red-400" data-testid="step-predecessors-error">
            {fieldError("predecessorIds")}
          </p>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.isMilestone || draft.isGoLive}
            disabled={draft.isGoLive}
            onChange={(e) => set("isMilestone", e.target.checked)}
            data-testid="step-milestone"
          />
          Milestone
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.isGoLive}
            onChange={(e) => set("isGoLive", e.target.checked)}
            data-testid="step-golive"
          />
          This step is go-live
        </label>
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Kind" error={fieldError("kind")}>
          <Select
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as StepDraft["kind"])}
            data-testid="step-kind-input"
          >
            <option value="task">Task</option>
            <option value="milestone">Milestone</option>
            <option value="validation">Validation (passes or fails, with evidence)</option>
            <option value="communication">Communication (sends a planned message)</option>
            <option value="decision">Decision (follows its gate)</option>
          </Select>
        </Field>
        {draft.kind === "communication" && (
          <Field label="Planned message" error={fieldError("communicationId")}>
            <Select
              value={draft.communicationId ?? ""}
              onChange={(e) => set("communicationId", e.target.value || null)}
              data-testid="step-communication"
            >
              <option value="">None yet</option>
              {(context.communications ?? []).map((message) => (
                <option key={message.id} value={message.id}>
                  {message.audience} · {message.channel}: {message.text.slice(0, 60)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.autoStart}
            onChange={(e) => set("autoStart", e.target.checked)}
            data-testid="step-auto-start"
          />
          Starts by itself when its predecessors complete
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.fixedStart}
            onChange={(e) => set("fixedStart", e.target.checked)}
            data-testid="step-fixed-start"
          />
          Fixed start (not before its planned time)
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.pointOfNoReturn}
            onChange={(e) => set("pointOfNoReturn", e.target.checked)}
            data-testid="step-point-of-no-return"
          />
          Point of no return (the lead confirms its start)
        </label>
      </div>

      <Field label="Notes">
        <TextArea
          rows={3}
          value={draft.notes}
          onChange={(e) => set("notes", e.target.value)}
          data-testid="step-notes"
        />
      </Field>

      <FormFooter
        error={server?.error ?? null}
        onCancel={onDone}
        submitLabel={step ? "Save step" : "Add step"}
        submitTestId="step-save"
        disabled={busy}
      />
    </form>
  );
}
