"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { useChecklist, type ReasonedStatus } from "@/components/checklists/checklist-context";

export type ReasonTarget = { itemId: string; status: ReasonedStatus } | null;

const wording = {
  blocked: {
    title: "Mark blocked",
    ask: "What is blocking it?",
    placeholder: "e.g. Vendor unreachable, escalated to account manager",
    confirm: "Mark blocked",
  },
  not_applicable: {
    title: "Mark not applicable",
    ask: "Why does it not apply?",
    placeholder: "e.g. No EU traffic in this release",
    confirm: "Mark not applicable",
  },
};

/** Blocked and not applicable need a why (the server refuses them without one). */
export function ReasonDialog({ target, onClose }: { target: ReasonTarget; onClose: () => void }) {
  const { snapshot } = useChecklist();
  const item = target && snapshot.sections.flatMap((s) => s.items).find((candidate) => candidate.id === target.itemId);
  return (
    <Dialog
      open={!!item}
      onClose={onClose}
      title={target ? wording[target.status].title : ""}
      description={item ? `"${item.title}"` : undefined}
      testId="reason-dialog"
    >
      {target && item && (
        <ReasonForm
          key={`${item.id}:${target.status}`}
          itemId={item.id}
          status={target.status}
          initial={item.status === target.status ? item.statusReason : ""}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function ReasonForm({
  itemId,
  status,
  initial,
  onDone,
}: {
  itemId: string;
  status: ReasonedStatus;
  initial: string;
  onDone: () => void;
}) {
  const { actions } = useChecklist();
  const [reason, setReason] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = wording[status];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError("A reason is required.");
    setBusy(true);
    // A conflict shows on the item (with the reason kept for "Apply mine again"); other refusals here.
    const result = await actions.updateItem(itemId, { status, statusReason: reason.trim() }, { inline: "conflicts" });
    setBusy(false);
    if (result.ok || result.current) return onDone();
    setError(result.error);
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        {words.ask}
        <textarea
          autoFocus
          required
          data-testid="reason-input"
          value={reason}
          rows={3}
          maxLength={2000}
          placeholder={words.placeholder}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          }}
          aria-invalid={!!error}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
      </label>
      {error && (
        <p role="alert" data-testid="reason-error" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        <span className="mr-auto hidden text-xs text-slate-500 sm:inline">Ctrl+Enter to confirm</span>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          data-testid="reason-confirm"
          disabled={busy || !reason.trim()}
          className={
            status === "blocked" ? "bg-red-600 hover:bg-red-500 disabled:bg-red-300 dark:disabled:bg-red-900" : ""
          }
        >
          {words.confirm}
        </Button>
      </div>
    </form>
  );
}
