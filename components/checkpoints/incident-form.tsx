"use client";

import { useState } from "react";
import type { IncidentData, MemberData } from "@/lib/audit/event-types";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { severityLook } from "@/components/checkpoints/look";
import type { PlanSeverityLevel } from "@/lib/plans/plan";
import type { CheckpointActions, IncidentInput } from "@/components/checkpoints/use-checkpoint-actions";

/** Log an incident, or edit one: title, severity, owner, impact, notes. */
export function IncidentForm({
  incident,
  members,
  actions,
  onClose,
  levels = [],
}: {
  incident: IncidentData | null;
  members: MemberData[];
  actions: CheckpointActions;
  onClose: () => void;
  /** The plan's severity definitions: each option names the plan's levels it stands for ("Critical · P1"). */
  levels?: PlanSeverityLevel[];
}) {
  const [draft, setDraft] = useState<IncidentInput>({
    title: incident?.title ?? "",
    severity: incident?.severity ?? "high",
    ownerId: incident?.owner?.id ?? null,
    impact: incident?.impact ?? "",
    notes: incident?.notes ?? "",
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof IncidentInput>(key: K, value: IncidentInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = incident
      ? await actions.updateIncident(incident.id, { ...draft, version: incident.version })
      : await actions.openIncident(draft);
    setBusy(false);
    if (answer.ok) onClose();
    else setError(answer.body.error);
  };

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="incident-form">
      <Field label="What is happening?">
        <TextInput
          value={draft.title}
          onChange={(event) => set("title", event.target.value)}
          placeholder="Card payments fail with 502"
          required
          data-testid="incident-title"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Severity">
          <Select
            value={draft.severity}
            onChange={(event) => set("severity", event.target.value as IncidentData["severity"])}
            data-testid="incident-severity"
          >
            {(["critical", "high", "medium", "low"] as const).map((severity) => (
              <option key={severity} value={severity}>
                {[
                  severityLook[severity].label,
                  ...levels.filter((level) => level.severity === severity).map((level) => level.key),
                ].join(" · ")}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Owner">
          <Select
            value={draft.ownerId ?? ""}
            onChange={(event) => set("ownerId", event.target.value || null)}
            data-testid="incident-owner"
          >
            <option value="">Nobody yet</option>
            {members
              .filter((member) => member.role !== "viewer")
              .map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                  {member.function ? ` (${member.function})` : ""}
                </option>
              ))}
          </Select>
        </Field>
      </div>
      {draft.severity === "critical" && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-200">
          A critical incident raises the rollback alarm on every screen until it is resolved.
        </p>
      )}
      <Field label="Impact">
        <TextArea
          rows={2}
          value={draft.impact}
          onChange={(event) => set("impact", event.target.value)}
          placeholder="Who or what is affected, how badly"
          data-testid="incident-impact"
        />
      </Field>
      <Field label="Notes">
        <TextArea
          rows={3}
          value={draft.notes}
          onChange={(event) => set("notes", event.target.value)}
          placeholder="What we know, what we try"
          data-testid="incident-notes"
        />
      </Field>
      <FormFooter
        error={error}
        onCancel={onClose}
        submitLabel={incident ? "Save" : "Log incident"}
        submitTestId="incident-save"
        disabled={busy}
        submitClassName={draft.severity === "critical" ? "bg-red-600 hover:bg-red-500" : ""}
      />
    </form>
  );
}
