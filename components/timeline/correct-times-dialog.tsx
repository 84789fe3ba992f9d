"use client";

import { useState, type FormEvent } from "react";
import type { StepData } from "@/lib/audit/event-types";
import { isoToLocalInput, localInputToIso } from "@/lib/time/zoned";
import { Dialog } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import type { StepResult } from "@/components/timeline/use-step-actions";

type Correct = (
  stepId: string,
  input: { actualStart?: string | null; actualEnd?: string | null; reason: string },
) => Promise<StepResult>;

/** The lead fixes a step's actual start or end (someone pressed Start late); the reason is recorded. */
export function CorrectTimesDialog({
  step,
  timeZone,
  onCorrect,
  onClose,
}: {
  step: StepData | null;
  timeZone: string;
  onCorrect: Correct;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={!!step}
      onClose={onClose}
      title="Correct actual times"
      description={step ? `"${step.title}", times in ${timeZone}` : undefined}
      testId="correct-times-dialog"
    >
      {step && (
        <CorrectForm
          key={`${step.id}:${step.version}`}
          step={step}
          timeZone={timeZone}
          onCorrect={onCorrect}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function CorrectForm({
  step,
  timeZone,
  onCorrect,
  onDone,
}: {
  step: StepData;
  timeZone: string;
  onCorrect: Correct;
  onDone: () => void;
}) {
  const [start, setStart] = useState(isoToLocalInput(step.actualStart, timeZone));
  const [end, setEnd] = useState(isoToLocalInput(step.actualEnd, timeZone));
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await onCorrect(step.id, {
      actualStart: localInputToIso(start, timeZone),
      actualEnd: localInputToIso(end, timeZone),
      reason: reason.trim(),
    });
    setBusy(false);
    if (result.ok) return onDone();
    setError(result.error);
    setFields(result.fields);
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Actual start" error={fields.actualStart?.[0]}>
          <TextInput
            type="datetime-local"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            data-testid="correct-start"
          />
        </Field>
        <Field
          label="Actual end"
          error={fields.actualEnd?.[0]}
          hint={step.status === "in_progress" ? "Leave empty while it runs." : undefined}
        >
          <TextInput
            type="datetime-local"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            data-testid="correct-end"
          />
        </Field>
      </div>
      <Field label="Why" error={fields.reason?.[0]}>
        <TextArea
          required
          minLength={3}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder="e.g. Started on the bridge at 23:02, pressed Start late"
          data-testid="correct-reason"
        />
      </Field>
      <FormFooter
        error={error}
        onCancel={onDone}
        submitLabel="Save correction"
        submitTestId="correct-save"
        disabled={busy || reason.trim().length < 3}
      />
    </form>
  );
}
