"use client";

import { useMemo, useState } from "react";
import type { CheckpointData } from "@/lib/audit/event-types";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { CheckpointSlot } from "@/lib/checkpoints/schedule";
import { latestVersions, prefillValues } from "@/lib/checkpoints/evaluate";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextArea } from "@/components/ui/field";
import { formatTime } from "@/lib/time/zoned";
import { draftValues, standupFunctions, suggestion, valueToText } from "@/components/checkpoints/checkpoint-draft";
import { MetricValueRow } from "@/components/checkpoints/metric-value-row";
import { StandupFields } from "@/components/checkpoints/standup-fields";
import { ChoiceGroup } from "@/components/checkpoints/choice-group";
import { assessmentLook, decisionLook, subtle } from "@/components/checkpoints/look";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

export type CheckpointTarget =
  { kind: "new"; slots: CheckpointSlot[]; number: number | null } | { kind: "amend"; checkpoint: CheckpointData };

type Props = {
  target: CheckpointTarget;
  snapshot: LaunchSnapshot;
  actions: CheckpointActions;
  onDone: (checkpoint: CheckpointData) => void;
};

/** When each pre-filled value was pushed ("10:42"), for the note under its input. */
function pushedTimes(snapshot: LaunchSnapshot): Record<string, string> {
  const since = latestVersions(snapshot.checkpoints).at(-1)?.submittedAt ?? "";
  const times: Record<string, string> = {};
  for (const metricId of Object.keys(prefillValues(snapshot.metrics, snapshot.checkpoints, snapshot.samples))) {
    const sample = [...snapshot.samples].reverse().find((s) => s.metricId === metricId && s.at > since);
    if (sample) times[metricId] = formatTime(sample.at, snapshot.timezone);
  }
  return times;
}

/**
 * A checkpoint report: each metric's value evaluated live, the stand-up per function, the assessment
 * and the decision. Values a monitoring system pushed since the last checkpoint are filled in (and
 * follow newer pushes until someone types over them). Submitted reports never change: amending files
 * a new version.
 */
export function CheckpointForm({ target, snapshot, actions, onDone }: Props) {
  const amending = target.kind === "amend" ? target.checkpoint : null;
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [number, setNumber] = useState(target.kind === "new" ? target.number : null);
  const [extraFunctions, setExtraFunctions] = useState<string[]>(
    () => amending?.standup.map((entry) => entry.function) ?? [],
  );
  const [standup, setStandup] = useState<Record<string, string>>(() =>
    Object.fromEntries(amending?.standup.map((e) => [e.function, e.status]) ?? []),
  );
  const [chosen, setChosen] = useState<{
    assessment?: CheckpointData["assessment"];
    decision?: CheckpointData["decision"];
  }>(() => (amending ? { assessment: amending.assessment, decision: amending.decision } : {}));
  const [notes, setNotes] = useState(amending?.notes ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const prefill = useMemo(
    () => prefillValues(snapshot.metrics, snapshot.checkpoints, snapshot.samples),
    [snapshot.metrics, snapshot.checkpoints, snapshot.samples],
  );
  const pushed = useMemo(() => (amending ? {} : pushedTimes(snapshot)), [amending, snapshot]);
  const texts = Object.fromEntries(
    snapshot.metrics.map((metric) => {
      const original =
        amending?.values.find((v) => v.metricId === metric.id)?.value ?? (amending ? undefined : prefill[metric.id]);
      return [metric.id, edits[metric.id] ?? (original === undefined ? "" : valueToText(original))];
    }),
  );
  const drafts = draftValues(snapshot.metrics, texts);
  const suggested = suggestion(drafts);
  const assessment = chosen.assessment ?? suggested.assessment;
  const decision = chosen.decision ?? suggested.decision;
  const functions = standupFunctions(snapshot.members, extraFunctions);
  const slot = target.kind === "new" ? target.slots.find((s) => s.number === number) : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (drafts.some((d) => d.invalid)) return setError("Some values are not numbers; correct them or clear them.");
    setBusy(true);
    setError(null);
    const answer = await actions.submitCheckpoint({
      ...(amending ? { amends: amending.number } : slot ? { number: slot.number, dueAt: slot.dueAt } : {}),
      assessment,
      decision,
      notes,
      standup: functions.flatMap((name) =>
        standup[name]?.trim() ? [{ function: name, status: standup[name]!.trim() }] : [],
      ),
      values: drafts.flatMap((d) => (d.value === null ? [] : [{ metricId: d.metric.id, value: d.value }])),
    });
    setBusy(false);
    if (answer.ok) onDone(answer.body);
    else setError(answer.body.error);
  };

  const missing = drafts.filter((d) => d.value === null).length;
  return (
    <form onSubmit={submit} className="space-y-6" data-testid="checkpoint-form">
      {target.kind === "new" && target.slots.length > 0 && (
        <Field label="Checkpoint">
          <Select
            value={number ?? ""}
            onChange={(event) => setNumber(Number(event.target.value))}
            data-testid="checkpoint-slot"
          >
            {target.slots.map((s) => (
              <option key={s.number} value={s.number}>
                #{s.number} · {formatTime(s.dueAt, snapshot.timezone)} ({s.state})
              </option>
            ))}
          </Select>
        </Field>
      )}

      <section aria-labelledby="cp-metrics">
        <h3 id="cp-metrics" className="text-sm font-semibold">
          Metrics
        </h3>
        {snapshot.metrics.length === 0 ? (
          <p className={`mt-1 text-sm ${subtle}`}>
            No success criteria yet. The deployment lead adds them under Setup; until then, report the stand-up and the
            decision.
          </p>
        ) : (
          <div className="divide-y divide-slate-100 dark:divide-slate-800">
            {drafts.map((draft) => (
              <MetricValueRow
                key={draft.metric.id}
                draft={draft}
                pushedAt={edits[draft.metric.id] === undefined ? (pushed[draft.metric.id] ?? null) : null}
                onChange={(text) => setEdits((e) => ({ ...e, [draft.metric.id]: text }))}
              />
            ))}
          </div>
        )}
        {snapshot.metrics.length > 0 && missing > 0 && (
          <p className={`text-xs ${subtle}`}>
            {missing === 1 ? "One metric has no value; it is" : `${missing} metrics have no value; they are`} left out
            of this report.
          </p>
        )}
      </section>

      <StandupFields
        functions={functions}
        values={standup}
        onChange={(name, status) => setStandup((s) => ({ ...s, [name]: status }))}
        onAdd={(name) => setExtraFunctions((list) => [...list, name])}
      />

      <ChoiceGroup
        label="Overall assessment"
        hint={chosen.assessment ? undefined : "Suggested from the metrics; choose to override."}
        value={assessment}
        testIdPrefix="assessment"
        onChange={(value) => setChosen((c) => ({ ...c, assessment: value }))}
        options={(["green", "amber", "red"] as const).map((value) => ({
          value,
          label: assessmentLook[value].label,
          className: assessmentLook[value].solid,
        }))}
      />
      <ChoiceGroup
        label="Decision"
        value={decision}
        testIdPrefix="decision"
        onChange={(value) => setChosen((c) => ({ ...c, decision: value }))}
        options={(["continue", "hold", "rollback"] as const).map((value) => ({
          value,
          label: decisionLook[value].label,
          className: decisionLook[value].solid,
        }))}
      />
      <Field label="Notes">
        <TextArea
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          placeholder="Anything the next shift or the sponsor should know"
          data-testid="checkpoint-notes"
        />
      </Field>

      <ErrorMessage message={error} />
      <div className="sticky bottom-0 -mx-5 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-5 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <p className={`text-xs ${subtle}`}>
          {amending
            ? `Files version ${amending.version + 1}; version ${amending.version} stays visible.`
            : "A submitted report cannot be edited, only amended."}
        </p>
        <Button type="submit" disabled={busy} data-testid="checkpoint-submit">
          {busy
            ? "Submitting…"
            : amending
              ? `File amendment (v${amending.version + 1})`
              : `Submit checkpoint${slot ? ` ${slot.number}` : ""}`}
        </Button>
      </div>
    </form>
  );
}
