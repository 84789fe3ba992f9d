"use client";

import { useState } from "react";
import type { MetricData } from "@/lib/audit/event-types";
import { Dialog } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, Select, TextInput } from "@/components/ui/field";
import { parseValue } from "@/components/checkpoints/checkpoint-draft";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

type Comparator = MetricData["comparator"];

const comparatorOptions: { value: Comparator; label: string }[] = [
  { value: "lt", label: "< below" },
  { value: "lte", label: "≤ at most" },
  { value: "gt", label: "> above" },
  { value: "gte", label: "≥ at least" },
  { value: "eq", label: "= exactly" },
];

/** How a value is compared with a threshold, for a criterion or a rollback trigger. */
export function ComparatorSelect({
  value,
  onChange,
  testId,
}: {
  value: Comparator;
  onChange: (value: Comparator) => void;
  testId?: string;
}) {
  return (
    <Select value={value} onChange={(event) => onChange(event.target.value as Comparator)} data-testid={testId}>
      {comparatorOptions.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

/** A number typed as text (parsed on save), with the decimal keypad on a phone. */
export function NumberText({
  value,
  onChange,
  placeholder,
  required,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  required?: boolean;
  testId: string;
}) {
  return (
    <TextInput
      inputMode="decimal"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={placeholder}
      required={required}
      data-testid={testId}
    />
  );
}

export type MetricEditorTarget = { mode: "create" } | { mode: "edit"; metric: MetricData } | null;

/** Add or change a success criterion: what is measured, its key for pushes, and when it passes or warns. */
export function MetricEditorDialog({
  target,
  onClose,
  actions,
}: {
  target: MetricEditorTarget;
  onClose: () => void;
  actions: CheckpointActions;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={target?.mode === "edit" ? `Edit “${target.metric.name}”` : "Add a success criterion"}
      description="A metric every checkpoint reports, with the threshold it must meet."
      testId="metric-editor"
    >
      {target && (
        <MetricForm metric={target.mode === "edit" ? target.metric : null} onClose={onClose} actions={actions} />
      )}
    </Dialog>
  );
}

function MetricForm({
  metric,
  onClose,
  actions,
}: {
  metric: MetricData | null;
  onClose: () => void;
  actions: CheckpointActions;
}) {
  const [name, setName] = useState(metric?.name ?? "");
  const [key, setKey] = useState(metric?.key ?? "");
  const [unit, setUnit] = useState(metric?.unit ?? "");
  const [comparator, setComparator] = useState<MetricData["comparator"]>(metric?.comparator ?? "lt");
  const [threshold, setThreshold] = useState(metric ? String(metric.threshold) : "");
  const [warn, setWarn] = useState(metric?.warnThreshold === null || !metric ? "" : String(metric.warnThreshold));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const suggestKey = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 60);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const thresholdValue = parseValue(threshold);
    const warnValue = warn.trim() === "" ? null : parseValue(warn);
    if (thresholdValue === null) return setError("The threshold must be a number.");
    if (warn.trim() !== "" && warnValue === null) return setError("The warning threshold must be a number, or empty.");
    setBusy(true);
    const answer = await actions.saveMetric({
      ...(metric && { id: metric.id, version: metric.version }),
      name,
      key: key || suggestKey(name),
      unit,
      comparator,
      threshold: thresholdValue,
      warnThreshold: warnValue,
    });
    setBusy(false);
    if (answer.ok) onClose();
    else setError(answer.body.error);
  };

  return (
    <form onSubmit={save} className="space-y-4" data-testid="metric-form">
      <Field label="Name">
        <TextInput
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="p95 latency"
          required
          data-testid="metric-name"
        />
      </Field>
      <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-3">
        <Field label="Key" hint="What a monitoring system pushes the value as.">
          <TextInput
            value={key}
            onChange={(event) => setKey(event.target.value)}
            placeholder={suggestKey(name) || "p95_ms"}
            className="font-mono"
            data-testid="metric-key"
          />
        </Field>
        <Field label="Unit">
          <TextInput
            value={unit}
            onChange={(event) => setUnit(event.target.value)}
            placeholder="ms"
            data-testid="metric-unit"
          />
        </Field>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <Field label="Passes when">
          <ComparatorSelect value={comparator} onChange={setComparator} testId="metric-comparator" />
        </Field>
        <Field label="Threshold">
          <NumberText value={threshold} onChange={setThreshold} placeholder="500" required testId="metric-threshold" />
        </Field>
        <Field label="Warn at" hint="Optional, stricter.">
          <NumberText value={warn} onChange={setWarn} placeholder="400" testId="metric-warn" />
        </Field>
      </div>
      <FormFooter
        error={error}
        onCancel={onClose}
        submitLabel={metric ? "Save" : "Add criterion"}
        submitTestId="metric-save"
        disabled={busy}
      />
    </form>
  );
}
