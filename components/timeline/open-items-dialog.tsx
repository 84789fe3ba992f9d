"use client";

import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import type { StepAction } from "@/lib/timeline/schemas";

export type OpenItemsPrompt = {
  stepId: string;
  stepTitle: string;
  action: StepAction;
  items: string[];
  required: string[];
} | null;

/** The server refused to complete a step with linked items open (required or not): show them, complete only if confirmed. */
export function OpenItemsDialog({
  prompt,
  busy,
  onConfirm,
  onClose,
}: {
  prompt: OpenItemsPrompt;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={!!prompt}
      onClose={onClose}
      title={prompt && prompt.required.length > 0 ? "Required items still open" : "Linked items still open"}
      description={prompt ? `"${prompt.stepTitle}" has linked checklist items that are not done.` : undefined}
      testId="open-items-dialog"
    >
      {prompt && (
        <>
          <ul className="space-y-1.5 text-sm" data-testid="open-required-items">
            {prompt.items.map((title) => (
              <li
                key={title}
                className="flex items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/60 dark:text-amber-200"
              >
                <span aria-hidden className="mt-1.5 h-1.5 w-1.5 shrink-0 rounded-full bg-amber-500" />
                {title}
                {prompt.required.includes(title) && <span className="ml-auto text-xs font-semibold">required</span>}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            Completing anyway is recorded in the activity log with these items.
          </p>
          <div className="mt-5 flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button
              data-testid="confirm-open-items"
              disabled={busy}
              className="bg-amber-600 hover:bg-amber-500 disabled:bg-amber-300"
              onClick={onConfirm}
            >
              Complete anyway
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
