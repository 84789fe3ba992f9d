"use client";

import { useState } from "react";
import type { MetricData } from "@/lib/audit/event-types";
import { comparatorSymbols } from "@/lib/checkpoints/evaluate";
import { valueText, warnCriterion } from "@/lib/report/format";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Menu, MenuItem } from "@/components/ui/menu";
import { MoreIcon, PlusIcon } from "@/components/ui/icons";
import { Panel } from "@/components/checkpoints/panel";
import { MetricEditorDialog, type MetricEditorTarget } from "@/components/checkpoints/metric-editor-dialog";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

/** The success criteria every checkpoint is measured against; the lead adds, edits and retires them. */
export function CriteriaPanel({
  metrics,
  canManage,
  actions,
  fail,
}: {
  metrics: MetricData[];
  canManage: boolean;
  actions: CheckpointActions;
  fail: (message: string) => void;
}) {
  const [editor, setEditor] = useState<MetricEditorTarget>(null);
  const [retiring, setRetiring] = useState<MetricData | null>(null);
  return (
    <Panel
      title="Success criteria"
      description="What each checkpoint measures, and the line it must stay on the right side of."
      testId="criteria-panel"
      action={
        canManage && (
          <Button variant="secondary" onClick={() => setEditor({ mode: "create" })} data-testid="metric-add">
            <PlusIcon /> Add
          </Button>
        )
      }
    >
      {metrics.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          No criteria yet{canManage ? ": add p95 latency, error rate, support tickets…" : "."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {metrics.map((metric) => (
            <li
              key={metric.id}
              className="flex items-center gap-3 py-2"
              data-testid="criterion-row"
              data-metric-id={metric.id}
            >
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium">{metric.name}</p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  <code className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{metric.key}</code>
                  {metric.unit && ` · ${metric.unit}`}
                </p>
              </div>
              <div className="text-right text-sm tabular-nums">
                <p>
                  pass {comparatorSymbols[metric.comparator]} {valueText(metric.threshold, metric.unit)}
                </p>
                {metric.warnThreshold !== null && (
                  <p className="text-xs text-amber-700 dark:text-amber-300">warns {warnCriterion(metric)}</p>
                )}
              </div>
              {canManage && (
                <Menu label={`Actions for ${metric.name}`} icon={<MoreIcon />} testId="metric-menu">
                  <MenuItem onSelect={() => setEditor({ mode: "edit", metric })} testId="metric-edit">
                    Edit
                  </MenuItem>
                  <MenuItem tone="danger" onSelect={() => setRetiring(metric)} testId="metric-delete">
                    Retire
                  </MenuItem>
                </Menu>
              )}
            </li>
          ))}
        </ul>
      )}
      <MetricEditorDialog target={editor} onClose={() => setEditor(null)} actions={actions} />
      <ConfirmDialog
        open={retiring !== null}
        title={`Retire “${retiring?.name ?? ""}”?`}
        confirmLabel="Retire"
        onClose={() => setRetiring(null)}
        onConfirm={async () => {
          if (!retiring) return;
          const answer = await actions.deleteMetric(retiring.id);
          if (!answer.ok) fail(answer.body.error);
        }}
      >
        Later checkpoints no longer report it; checkpoints already filed keep their values.
      </ConfirmDialog>
    </Panel>
  );
}
