"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import type { MessageTimeAnchor } from "@/lib/comms/message-time";

/** The editor's view of a message's time; hours in the form, minutes in the API. */
export type TimingDraft = {
  timeAnchor: MessageTimeAnchor;
  dueAt: string;
  /** Hours after (negative: before) the anchor, e.g. -48 for T−48 h. */
  offsetHours: string;
  anchorStepId: string;
  anchorCheckpoint: string;
  repeat: boolean;
  everyMinutes: string;
  forHours: string;
};

const anchorLabels: Record<MessageTimeAnchor, string> = {
  absolute: "At a date and time",
  goLive: "Relative to go-live (T±)",
  stepStart: "When a step starts",
  stepComplete: "When a step completes",
  checkpoint: "After a checkpoint is submitted",
};

/** Choose what a planned message's time hangs on, an offset, and whether it repeats. */
export function MessageTimingFields({
  draft,
  set,
  timeZone,
  steps,
}: {
  draft: TimingDraft;
  set: (change: Partial<TimingDraft>) => void;
  timeZone: string;
  steps: { id: string; title: string }[];
}) {
  const kind = draft.timeAnchor;
  return (
    <div className="space-y-3">
      <Field label="Time">
        <Select
          value={kind}
          onChange={(event) => set({ timeAnchor: event.target.value as MessageTimeAnchor })}
          data-testid="message-time-kind"
        >
          {Object.entries(anchorLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "absolute" ? (
        <Field label={`Send at (${timeZone})`}>
          <TextInput
            type="datetime-local"
            value={draft.dueAt}
            onChange={(event) => set({ dueAt: event.target.value })}
            required
            data-testid="message-due"
          />
        </Field>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {(kind === "stepStart" || kind === "stepComplete") && (
            <Field label="Step">
              <Select
                value={draft.anchorStepId}
                onChange={(event) => set({ anchorStepId: event.target.value })}
                required
                data-testid="message-anchor-step"
              >
                <option value="">Choose a step</option>
                {steps.map((step) => (
                  <option key={step.id} value={step.id}>
                    {step.title}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {kind === "checkpoint" && (
            <Field label="Checkpoint number">
              <TextInput
                type="number"
                min={1}
                value={draft.anchorCheckpoint}
                onChange={(event) => set({ anchorCheckpoint: event.target.value })}
                required
                data-testid="message-anchor-checkpoint"
              />
            </Field>
          )}
          <Field label="Offset in hours" hint={kind === "goLive" ? "-48 is T−48 h; 2 is T+2 h" : "0: right then"}>
            <TextInput
              type="number"
              step="0.25"
              value={draft.offsetHours}
              onChange={(event) => set({ offsetHours: event.target.value })}
              data-testid="message-offset"
            />
          </Field>
        </div>
      )}
      <label className="inline-flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          checked={draft.repeat}
          onChange={(event) => set({ repeat: event.target.checked })}
          data-testid="message-repeat"
        />
        Repeat
      </label>
      {draft.repeat && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Every (minutes)">
            <TextInput
              type="number"
              min={5}
              value={draft.everyMinutes}
              onChange={(event) => set({ everyMinutes: event.target.value })}
              required
              data-testid="message-repeat-every"
            />
          </Field>
          <Field label="For (hours)">
            <TextInput
              type="number"
              min={0}
              step="0.5"
              value={draft.forHours}
              onChange={(event) => set({ forHours: event.target.value })}
              required
              data-testid="message-repeat-for"
            />
          </Field>
        </div>
      )}
    </div>
  );
}
