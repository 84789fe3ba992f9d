"use client";

import { useRef, useState, type ComponentProps, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";

type Props = Pick<ComponentProps<typeof Dialog>, "open" | "onClose" | "title" | "description"> & {
  /** The question above the text box, e.g. "What is blocking it?". */
  ask: string;
  placeholder?: string;
  confirmLabel: string;
  /** "danger" paints the confirm button red. */
  tone?: "default" | "danger";
  /** The reason to start from (e.g. the one already on record). */
  initial?: string;
  /** Changing it starts the form afresh while the dialog stays open. */
  resetKey?: string;
  /** Test ids: `<prefix>-dialog`, `-input`, `-error`, `-confirm`. */
  testIdPrefix?: string;
  /** Gets the trimmed reason; answers with an error message to show, or nothing to close. */
  onConfirm: (reason: string) => Promise<string | null | undefined | void>;
};

/** A dialog that asks why before it acts: confirm stays disabled until the reason is not blank. */
export function ReasonDialog({ open, onClose, title, description, testIdPrefix = "reason", resetKey, ...form }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description} testId={`${testIdPrefix}-dialog`}>
      {open && <ReasonForm key={resetKey} {...form} testIdPrefix={testIdPrefix} onClose={onClose} />}
    </Dialog>
  );
}

function ReasonForm({
  ask,
  placeholder,
  confirmLabel,
  tone = "default",
  initial = "",
  testIdPrefix,
  onConfirm,
  onClose,
}: Omit<Props, "open" | "title" | "description" | "resetKey"> & { testIdPrefix: string }) {
  const [reason, setReason] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError("A reason is required.");
    if (running.current) return;
    running.current = true;
    setBusy(true);
    const failure = await onConfirm(reason.trim());
    running.current = false;
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        {ask}
        <textarea
          autoFocus
          required
          data-testid={`${testIdPrefix}-input`}
          value={reason}
          rows={3}
          maxLength={2000}
          placeholder={placeholder}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          }}
          aria-invalid={!!error}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
      </label>
      {error && (
        <p role="alert" data-testid={`${testIdPrefix}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        <span className="mr-auto hidden text-xs text-slate-500 sm:inline">Ctrl+Enter to confirm</span>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          data-testid={`${testIdPrefix}-confirm`}
          disabled={busy || !reason.trim()}
          className={
            tone === "danger" ? "bg-red-600 hover:bg-red-500 disabled:bg-red-300 dark:disabled:bg-red-900" : ""
          }
        >
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
