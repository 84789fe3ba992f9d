"use client";

import type { StepData } from "@/lib/audit/event-types";
import type { StepAction } from "@/lib/timeline/schemas";
import { stepTransitions } from "@/lib/timeline/step-transitions";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";
import { MoreIcon } from "@/components/ui/icons";

export type StepRowActions = {
  canRun: (step: StepData) => boolean;
  /** Why this person may not run the step, shown in place of the buttons (null when they may). */
  whyNot?: (step: StepData) => string | null;
  canEdit: boolean;
  busy: (stepId: string) => boolean;
  run: (step: StepData, action: StepAction) => void;
  edit: (step: StepData) => void;
  correct: (step: StepData) => void;
  remove: (step: StepData) => void;
};

const buttons: { action: Exclude<StepAction, "reopen">; label: string; look: string }[] = [
  {
    action: "start",
    label: "Start",
    look: "bg-sky-700 text-white hover:bg-sky-800 disabled:bg-sky-300 dark:disabled:bg-sky-900",
  },
  {
    action: "complete",
    label: "Complete",
    look: "bg-emerald-700 text-white hover:bg-emerald-800 disabled:bg-emerald-300 dark:disabled:bg-emerald-900",
  },
  {
    action: "skip",
    label: "Skip",
    look: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800",
  },
  {
    action: "fail",
    label: "Fail",
    look: "border border-red-300 bg-white text-red-700 hover:bg-red-50 dark:border-red-900 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950",
  },
];

/** The buttons a person may press on this step now: run actions by status, the lead's extras in a menu. */
export function StepActionBar({ step, actions }: { step: StepData; actions: StepRowActions }) {
  const mayRun = actions.canRun(step);
  const busy = actions.busy(step.id);
  const available = buttons.filter((button) => mayRun && stepTransitions[button.action].from.includes(step.status));
  const mayReopen = actions.canEdit && stepTransitions.reopen.from.includes(step.status);
  const runnable = buttons.some((button) => stepTransitions[button.action].from.includes(step.status));
  const why = !mayRun && runnable ? (actions.whyNot?.(step) ?? null) : null;
  if (why && !actions.canEdit) {
    return (
      <p data-testid="step-why-not" className="text-xs text-slate-500 sm:text-right dark:text-slate-400">
        {why}
      </p>
    );
  }
  if (available.length === 0 && !mayReopen && !actions.canEdit) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 sm:justify-end">
      {available.map((button) => (
        <button
          key={button.action}
          type="button"
          disabled={busy}
          data-testid={`step-${button.action}`}
          onClick={() => actions.run(step, button.action)}
          className={`rounded-md px-2.5 py-1 text-xs font-semibold shadow-sm transition focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-wait ${button.look}`}
        >
          {button.label}
        </button>
      ))}
      {mayReopen && (
        <button
          type="button"
          disabled={busy}
          data-testid="step-reopen"
          onClick={() => actions.run(step, "reopen")}
          className="rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Reopen
        </button>
      )}
      {actions.canEdit && (
        <Menu label={`More for "${step.title}"`} icon={<MoreIcon />} testId="step-menu">
          <MenuItem onSelect={() => actions.edit(step)} testId="step-edit">
            Edit step…
          </MenuItem>
          <MenuItem onSelect={() => actions.correct(step)} testId="step-correct" disabled={step.status === "pending"}>
            Correct actual times…
          </MenuItem>
          <MenuSeparator />
          <MenuItem onSelect={() => actions.remove(step)} testId="step-delete" tone="danger">
            Delete step…
          </MenuItem>
        </Menu>
      )}
    </div>
  );
}
