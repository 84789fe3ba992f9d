"use client";

import { useState } from "react";
import type { MetricData, TriggerData } from "@/lib/audit/event-types";
import { comparatorSymbols } from "@/lib/checkpoints/evaluate";
import { valueText } from "@/lib/report/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormFooter } from "@/components/ui/form-footer";
import { Dialog } from "@/components/ui/dialog";
import { Field, Select, TextInput } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Panel } from "@/components/checkpoints/panel";
import { parseValue } from "@/components/checkpoints/checkpoint-draft";
import { ComparatorSelect, NumberText } from "@/components/checkpoints/metric-editor-dialog";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

/** A trigger in words: "Error rate > 1 %", "p95 latency fails 3 checkpoints in a row". */
export function triggerText(trigger: TriggerData, metrics: MetricData[]): string {
  const metric = metrics.find((m) => m.id === trigger.metricId);
  if (trigger.kind === "critical_incident") return "Any critical incident is open";
  if (trigger.kind === "validation_failed") return "A validation step of the timeline fails";
  if (trigger.kind === "manual") return trigger.description || "A condition the team judges";
  if (trigger.kind === "consecutive_failures")
    return `${metric?.name ?? "Any metric"} fails ${trigger.count} checkpoints in a row`;
  if (!metric || trigger.comparator === null || trigger.threshold === null)
    return "Metric trigger (its metric was retired)";
  return `${metric.name} ${comparatorSymbols[trigger.comparator]} ${valueText(trigger.threshold, metric.unit)}`;
}

/** When to raise the rollback alarm: the always-on rules, then the lead's own triggers. */
export function TriggersPanel({
  triggers,
  metrics,
  canManage,
  actions,
  fail,
}: {
  triggers: TriggerData[];
  metrics: MetricData[];
  canManage: boolean;
  actions: CheckpointActions;
  fail: (message: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  return (
    <Panel
      title="Rollback triggers"
      description="Any of these raises the red rollback alarm on every screen."
      testId="triggers-panel"
      action={
        canManage && (
          <Button variant="secondary" onClick={() => setAdding(true)} data-testid="trigger-add">
            <PlusIcon /> Add
          </Button>
        )
      }
    >
      <ul className="space-y-1.5 text-sm">
        <li className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
          <Badge shape="tag">Always</Badge>
          Any critical incident not yet resolved
        </li>
        <li className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
          <Badge shape="tag">Always</Badge>
          Any metric failing 2 checkpoints in a row
        </li>
        {triggers.map((trigger) => (
          <li key={trigger.id} className="flex items-center gap-2" data-testid="trigger-row" data-kind={trigger.kind}>
            <Badge shape="tag" tone="danger">
              Trigger
            </Badge>
            <span className="min-w-0 flex-1">
              {triggerText(trigger, metrics)}
              {trigger.kind === "manual" ? (
                <span className="block text-xs text-slate-500 dark:text-slate-400">
                  No metric measures this: the team judges it at each checkpoint.
                </span>
              ) : (
                trigger.description && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    Alarm reads: “{trigger.description}”
                  </span>
                )
              )}
            </span>
            {canManage && (
              <button
                type="button"
                aria-label={`Delete trigger: ${triggerText(trigger, metrics)}`}
                className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-red-600 dark:hover:bg-slate-800"
                onClick={async () => {
                  const answer = await actions.deleteTrigger(trigger.id);
                  if (!answer.ok) fail(answer.body.error);
                }}
              >
                <TrashIcon />
              </button>
            )}
          </li>
        ))}
      </ul>
      <Dialog open={adding} onClose={() => setAdding(false)} title="Add a rollback trigger" testId="trigger-editor">
        <TriggerForm metrics={metrics} actions={actions} onClose={() => setAdding(false)} />
      </Dialog>
    </Panel>
  );
}

function TriggerForm({
  metrics,
  actions,
  onClose,
}: {
  metrics: MetricData[];
  actions: CheckpointActions;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<TriggerData["kind"]>("metric");
  const [metricId, setMetricId] = useState(metrics[0]?.id ?? "");
  const [comparator, setComparator] = useState<MetricData["comparator"]>("gt");
  const [threshold, setThreshold] = useState("");
  const [count, setCount] = useState(3);
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const value = parseValue(threshold);
    if (kind === "metric" && value === null) return setError("The threshold must be a number.");
    const answer = await actions.saveTrigger({
      kind,
      metricId:
        kind === "critical_incident" || kind === "validation_failed" || kind === "manual" ? null : metricId || null,
      comparator: kind === "metric" ? comparator : null,
      threshold: kind === "metric" ? value : null,
      count,
      description,
    });
    if (answer.ok) onClose();
    else setError(answer.body.error);
  };

  return (
    <form onSubmit={save} className="space-y-4" data-testid="trigger-form">
      <Field label="Raise the alarm when">
        <Select
          value={kind}
          onChange={(event) => setKind(event.target.value as TriggerData["kind"])}
          data-testid="trigger-kind"
        >
          <option value="metric">a metric crosses a threshold</option>
          <option value="consecutive_failures">checkpoints fail N times in a row</option>
          <option value="critical_incident">any critical incident is open</option>
          <option value="validation_failed">a validation step fails</option>
          <option value="manual">a condition the team judges (no metric)</option>
        </Select>
      </Field>
      {kind !== "critical_incident" && kind !== "validation_failed" && kind !== "manual" && (
        <Field label="Metric">
          <Select value={metricId} onChange={(event) => setMetricId(event.target.value)} data-testid="trigger-metric">
            {kind === "consecutive_failures" && <option value="">Any metric</option>}
            {metrics.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {metric.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === "metric" && (
        <div className="grid grid-cols-2 gap-3">
          <Field label="When it is">
            <ComparatorSelect value={comparator} onChange={setComparator} />
          </Field>
          <Field label="Threshold">
            <NumberText value={threshold} onChange={setThreshold} placeholder="1" required testId="trigger-threshold" />
          </Field>
        </div>
      )}
      {kind === "consecutive_failures" && (
        <Field label="Checkpoints in a row">
          <TextInput
            type="number"
            min={2}
            max={10}
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
            data-testid="trigger-count"
          />
        </Field>
      )}
      <Field label="Alarm text (optional)" hint="Shown in the alarm banner instead of the rule.">
        <TextInput
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          placeholder="Error rate above 1 %: roll back"
        />
      </Field>
      <FormFooter error={error} onCancel={onClose} submitLabel="Add trigger" submitTestId="trigger-save" />
    </form>
  );
}
