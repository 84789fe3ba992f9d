"use client";

import { useState, type FormEvent } from "react";
import type { GateData, MemberData, StepData } from "@/lib/audit/event-types";
import type { SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { formatStepTime } from "@/components/gates/gate-look";
import { ChecklistPicker } from "@/components/gates/checklist-picker";
import { RequirementEditor, type RequirementDraft } from "@/components/gates/requirement-editor";
import type { GateActions, GateResult } from "@/components/gates/use-gate-actions";

export type GateEditorTarget = { mode: "create" } | { mode: "edit"; gate: GateData } | null;
type Context = {
  sections: SnapshotSection[];
  steps: StepData[];
  members: MemberData[];
  timeZone: string;
  goLiveAt: string | null;
};

/** Add or edit a gate (lead): what it is, where on the timeline, and what it asks for before GO. */
export function GateEditorDialog({
  target,
  context,
  actions,
  onClose,
}: {
  target: GateEditorTarget;
  context: Context;
  actions: GateActions;
  onClose: () => void;
}) {
  const gate = target?.mode === "edit" ? target.gate : null;
  return (
    <Dialog
      open={!!target}
      onClose={onClose}
      variant="drawer"
      title={gate ? "Edit gate" : "Add a go / no-go gate"}
      description={gate ? `"${gate.title}"` : "What must be true before GO, and who signs."}
      testId="gate-editor"
    >
      {target && <GateForm key={gate?.id ?? "new"} gate={gate} context={context} actions={actions} onDone={onClose} />}
    </Dialog>
  );
}

function GateForm({
  gate,
  context,
  actions,
  onDone,
}: {
  gate: GateData | null;
  context: Context;
  actions: GateActions;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(gate?.title ?? "");
  const [description, setDescription] = useState(gate?.description ?? "");
  const [stepId, setStepId] = useState(gate?.stepId ?? "");
  const [picked, setPicked] = useState({
    sectionIds: gate?.criteria.sectionIds ?? [],
    itemIds: gate?.criteria.itemIds ?? [],
  });
  const [signoffs, setSignoffs] = useState<RequirementDraft[]>(gate?.criteria.signoffs ?? []);
  const [server, setServer] = useState<{ error: string; fields: Record<string, string[]> } | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decidedBefore = gate?.rounds.some((round) => round.decision) ?? false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setTitleError("Give the gate a title, e.g. Final sign-off.");
    setTitleError(null);
    setBusy(true);
    const input = {
      title: title.trim(),
      description,
      stepId: stepId || null,
      criteria: { ...picked, signoffs: signoffs.map((req) => ({ ...req, value: req.value.trim() })) },
    };
    const result: GateResult = gate
      ? await actions.edit(gate.id, { ...input, version: gate.version })
      : await actions.create(input);
    setBusy(false);
    if (result.ok) return onDone();
    setServer({ error: result.error, fields: result.fields });
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Title" error={titleError ?? server?.fields.title?.[0]}>
        <TextInput
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Final sign-off"
          data-testid="gate-title"
          required
        />
      </Field>
      <Field label="Description" hint="What this gate protects; shown on the card.">
        <TextArea
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          data-testid="gate-description"
        />
      </Field>
      <Field label="On the timeline" hint="The step where the decision is due." error={server?.fields.stepId?.[0]}>
        <Select value={stepId} onChange={(e) => setStepId(e.target.value)} data-testid="gate-step-select">
          <option value="">Not placed on a step</option>
          {context.steps.map((step) => {
            const at = plannedStartOf(step, context.goLiveAt);
            return (
              <option key={step.id} value={step.id}>
                {at ? `${formatStepTime(at.toISOString(), context.timeZone)} · ` : ""}
                {step.title}
              </option>
            );
          })}
        </Select>
      </Field>
      <ChecklistPicker
        sections={context.sections}
        sectionIds={picked.sectionIds}
        itemIds={picked.itemIds}
        onChange={setPicked}
      />
      <RequirementEditor
        value={signoffs}
        members={context.members}
        onChange={setSignoffs}
        errors={server?.fields ?? {}}
      />
      {decidedBefore && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Decided rounds keep what they recorded; changes apply to the open and future rounds.
        </p>
      )}
      <ErrorMessage message={server?.error ?? null} />
      <div className="sticky bottom-0 -mx-5 flex justify-end gap-2 border-t border-slate-200 bg-white/95 px-5 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy} data-testid="gate-save">
          {busy ? "Saving…" : gate ? "Save gate" : "Add gate"}
        </Button>
      </div>
    </form>
  );
}
