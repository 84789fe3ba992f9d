"use client";

import { useEffect, useState } from "react";
import type { CommunicationData } from "@/lib/audit/event-types";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/time/zoned";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";
import { MessageTimingFields, type TimingDraft } from "@/components/checkpoints/message-timing-fields";

/** Plan a message (or change a planned one): when, for whom, on which channel, and its text. */
export function MessageForm({
  launchId,
  message,
  timeZone,
  steps,
  defaultDueAt,
  actions,
  onClose,
}: {
  launchId: string;
  message: CommunicationData | null;
  timeZone: string;
  steps: { id: string; title: string }[];
  defaultDueAt: string;
  actions: CheckpointActions;
  onClose: () => void;
}) {
  const [channels, setChannels] = useState<{ id: string; name: string; kind: string }[]>([]);
  const [channelIds, setChannelIds] = useState<string[]>(message?.channelIds ?? []);
  useEffect(() => {
    // The launch's integrations: picking some makes the message send itself at its time.
    fetch(`/api/launches/${launchId}/channels`)
      .then(async (answer) => answer.ok && setChannels((await answer.json()).channels))
      .catch(() => undefined);
  }, [launchId]);
  const timing = message?.timing;
  const [when, setWhen] = useState<TimingDraft>({
    timeAnchor: timing?.timeAnchor ?? "absolute",
    dueAt: toZonedInputValue(message?.dueAt ?? defaultDueAt, timeZone),
    offsetHours: String((timing?.offsetMinutes ?? 0) / 60),
    anchorStepId: timing?.anchorStepId ?? "",
    anchorCheckpoint: String(timing?.anchorCheckpoint ?? 1),
    repeat: Boolean(timing?.repeatEveryMinutes),
    everyMinutes: String(timing?.repeatEveryMinutes ?? 60),
    forHours: String((timing?.repeatForMinutes ?? 360) / 60),
  });
  const [audience, setAudience] = useState(message?.audience ?? "");
  const [channel, setChannel] = useState(message?.channel ?? "");
  const [text, setText] = useState(message?.text ?? "{launch}: {status}. {metrics}");
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const absolute = when.timeAnchor === "absolute";
    const iso = absolute ? fromZonedInputValue(when.dueAt, timeZone) : undefined;
    if (absolute && !iso) return setError("When is it due?");
    const answer = await actions.saveMessage({
      ...(message && { id: message.id, version: message.version }),
      timeAnchor: when.timeAnchor,
      ...(iso && { dueAt: iso }),
      offsetMinutes: absolute ? 0 : Math.round(Number(when.offsetHours) * 60),
      anchorStepId: when.anchorStepId || null,
      anchorCheckpoint: when.timeAnchor === "checkpoint" ? Number(when.anchorCheckpoint) : null,
      repeatEveryMinutes: when.repeat ? Number(when.everyMinutes) : null,
      repeatForMinutes: when.repeat ? Math.round(Number(when.forHours) * 60) : null,
      audience,
      channel,
      text,
      channelIds,
    });
    if (answer.ok) onClose();
    else setError(answer.body.error);
  };

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="message-form">
      <MessageTimingFields
        draft={when}
        set={(change) => setWhen((draft) => ({ ...draft, ...change }))}
        timeZone={timeZone}
        steps={steps}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Audience">
          <TextInput
            value={audience}
            onChange={(event) => setAudience(event.target.value)}
            placeholder="Stakeholders"
            required
            data-testid="message-audience"
          />
        </Field>
        <Field label="Channel">
          <TextInput
            value={channel}
            onChange={(event) => setChannel(event.target.value)}
            placeholder="Email, #launch, status page"
            required
            data-testid="message-channel"
          />
        </Field>
      </div>
      {channels.length > 0 && (
        <fieldset className="text-sm" data-testid="message-channels">
          <legend className="font-medium">Send automatically at its time to</legend>
          {channels.map((c) => (
            <label key={c.id} className="mr-4 inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={channelIds.includes(c.id)}
                onChange={(e) =>
                  setChannelIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)))
                }
              />
              {c.name} ({c.kind})
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label="Text"
        hint="{launch}, {status}, {metrics}, {forecast}, {latest_checkpoint} and {open_incidents} are filled in from the live data when the message is shown or sent."
      >
        <TextArea
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          required
          data-testid="message-text"
        />
      </Field>
      <FormFooter
        error={error}
        onCancel={onClose}
        submitLabel={message ? "Save" : "Plan message"}
        submitTestId="message-save"
      />
    </form>
  );
}
