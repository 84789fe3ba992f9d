"use client";

import { useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "onKeyDown" | "className"> & {
  "data-testid"?: string;
};

/**
 * A one-line form: a text input, a submit button and a cancel button, with Escape to cancel.
 * `onSubmit` gets the trimmed text and answers with an error message, or nothing when it worked
 * (the input then empties for the next entry). While it runs the submit button is disabled and a
 * second Enter is ignored, so one entry never goes in twice.
 */
export function InlineForm({
  onSubmit,
  onCancel,
  input,
  submitLabel,
  submitTestId,
  cancelLabel = "Cancel",
  className,
}: {
  onSubmit: (text: string) => Promise<string | null | undefined | void>;
  onCancel: () => void;
  input: InputProps;
  submitLabel: string;
  submitTestId?: string;
  cancelLabel?: string;
  className?: string;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const running = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || running.current) return;
    running.current = true;
    setPending(true);
    try {
      const failure = await onSubmit(text.trim());
      if (failure) return setError(failure);
      setText("");
      setError(null);
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className={className}>
      <div className="flex gap-2">
        <input
          autoFocus
          {...input}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onCancel();
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="submit"
          disabled={pending || !text.trim()}
          data-testid={submitTestId}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          {submitLabel}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {cancelLabel}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * A button that opens an InlineForm in its place; Cancel (or Escape) puts the button back.
 * With `closeOnSuccess` one entry closes it, otherwise it stays open for the next one.
 */
export function InlineAdd({
  opener,
  openerTestId,
  openerClassName,
  closeOnSuccess = false,
  onSubmit,
  ...form
}: Omit<Parameters<typeof InlineForm>[0], "onCancel"> & {
  opener: ReactNode;
  openerTestId: string;
  openerClassName: string;
  closeOnSuccess?: boolean;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" data-testid={openerTestId} onClick={() => setOpen(true)} className={openerClassName}>
        {opener}
      </button>
    );
  }
  return (
    <InlineForm
      {...form}
      onCancel={() => setOpen(false)}
      onSubmit={async (text) => {
        const failure = await onSubmit(text);
        if (!failure && closeOnSuccess) setOpen(false);
        return failure;
      }}
    />
  );
}
