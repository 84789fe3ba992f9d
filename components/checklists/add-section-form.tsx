"use client";

import { useState, type FormEvent } from "react";
import { useChecklist } from "@/components/checklists/checklist-context";
import { PlusIcon } from "@/components/ui/icons";

export function AddSectionForm() {
  const { actions } = useChecklist();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    const failure = await actions.createSection(title.trim());
    if (failure) return setError(failure);
    setTitle("");
    setError(null);
    setOpen(false);
  }

  if (!open) {
    return (
      <button
        type="button"
        data-testid="add-section-button"
        onClick={() => setOpen(true)}
        className="flex w-full items-center justify-center gap-2 rounded-xl border border-dashed border-slate-300 px-4 py-3 text-sm font-medium text-slate-600 hover:border-indigo-400 hover:text-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:text-slate-400 dark:hover:border-indigo-500 dark:hover:text-indigo-300"
      >
        <PlusIcon /> Add section
      </button>
    );
  }
  return (
    <form
      onSubmit={submit}
      className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex gap-2">
        <input
          autoFocus
          data-testid="add-section-input"
          aria-label="New section title"
          placeholder="Section title, e.g. Rollback"
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="submit"
          disabled={!title.trim()}
          data-testid="add-section-confirm"
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Add section
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Cancel
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
