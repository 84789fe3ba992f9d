"use client";

import { useState, type FormEvent } from "react";
import type { RunStepInput, StepAction } from "@/lib/timeline/schemas";
import type { OpenPredecessor } from "@/lib/timeline/step-guards";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { formatTime } from "@/lib/time/zoned";

/** What the server (or the step's kind) asks before a run can go ahead. */
export type RunPrompt =
  | {
      kind: "start_anyway";
      action: StepAction;
      stepId: string;
      stepTitle: string;
      predecessors: OpenPredecessor[];
      fixedStart: string | null;
    }
  | { kind: "point_of_no_return"; action: StepAction; stepId: string; stepTitle: string }
  | { kind: "validation"; stepId: string; stepTitle: string }
  | null;

const titles = {
  start_anyway: "Start anyway?",
  point_of_no_return: "Past the point of no return",
  validation: "Record the validation",
} as const;

/** Start anyway (with a reason), confirm the point of no return, or record a validation's outcome. */
export function RunPromptDialog({
  prompt,
  timeZone,
  busy,
  onSubmit,
  onClose,
}: {
  prompt: RunPrompt;
  timeZone: string;
  busy: boolean;
  onSubmit: (options: RunStepInput) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={!!prompt}
      onClose={onClose}
      title={prompt ? titles[prompt.kind] : ""}
      description={prompt ? `"${prompt.stepTitle}"` : undefined}
      testId="run-prompt-dialog"
    >
      {prompt && (
        <PromptForm
          key={`${prompt.kind}:${prompt.stepId}`}
          prompt={prompt}
          timeZone={timeZone}
          busy={busy}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function PromptForm({
  prompt,
  timeZone,
  busy,
  onSubmit,
  onClose,
}: {
  prompt: NonNullable<RunPrompt>;
  timeZone: string;
  busy: boolean;
  onSubmit: (options: RunStepInput) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<"pass" | "fail">("pass");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (prompt.kind === "start_anyway") {
      if (reason.trim().length < 3)
        return setError("Say why it starts anyway; the reason is recorded and shown on the step.");
      return onSubmit({ force: true, reason: reason.trim() });
    }
    if (prompt.kind === "point_of_no_return") return onSubmit({ confirmPointOfNoReturn: true });
    return onSubmit({ outcome, evidence: reason.trim() });
  };

  return (
    <form onSubmit={submit} className="space-y-3 text-sm">
      {prompt.kind === "start_anyway" && (
        <>
          {prompt.predecessors.length > 0 && (
            <div>
              <p>It waits for steps that are not complete:</p>
              <ul className="mt-1.5 space-y-1" data-testid="open-predecessors">
                {prompt.predecessors.map((p) => (
                  <li
                    key={p.id}
                    className="rounded-md bg-amber-50 px-3 py-1.5 text-amber-900 dark:bg-amber-950/60 dark:text-amber-200"
                  >
                    {p.title} <span className="text-xs">({p.status.replace("_", " ")})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {prompt.fixedStart && (
            <p data-testid="fixed-start-note">
              It has a fixed start: not before {formatTime(prompt.fixedStart, timeZone)}.
            </p>
          )}
        </>
      )}
      {prompt.kind === "point_of_no_return" && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950/60 dark:text-red-200">
          After this step the launch cannot simply be rolled back. Every screen will show that the launch is past the
          point of no return.
        </p>
      )}
      {prompt.kind === "validation" && (
        <fieldset className="flex gap-4">
          <legend className="mb-1 font-medium">Result</legend>
          {(["pass", "fail"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name="outcome"
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
                data-testid={`outcome-${value}`}
              />
              {value === "pass" ? "Passed" : "Failed"}
            </label>
          ))}
        </fieldset>
      )}
      {prompt.kind !== "point_of_no_return" && (
        <label className="block font-medium">
          {prompt.kind === "start_anyway" ? "Why start it anyway?" : "Evidence"}
          <textarea
            data-testid="run-prompt-reason"
            value={reason}
            rows={3}
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={!!error}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-normal dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2 pt-2">
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          disabled={busy}
          data-testid="run-prompt-confirm"
          className={prompt.kind === "validation" ? "" : "bg-amber-600 hover:bg-amber-500 disabled:bg-amber-300"}
        >
          {prompt.kind === "start_anyway"
            ? "Start anyway"
            : prompt.kind === "point_of_no_return"
              ? "Start — past the point of no return"
              : "Complete"}
        </Button>
      </div>
    </form>
  );
}
