"use client";

import { useState, type FormEvent } from "react";
import { useChecklist } from "@/components/checklists/checklist-context";
import { PlusIcon } from "@/components/ui/icons";

/** "Add item" at the end of a section: type a title, Enter, type the next one. */
export function QuickAddItem({ sectionId, sectionTitle }: { sectionId: string; sectionTitle: string }) {
  const { actions } = useChecklist();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    const result = await actions.createItem({ sectionId, title: title.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setTitle("");
    setError(null);
  }

  if (!open) {
    return (
      <button
        type="button"
        data-testid="add-item-button"
        onClick={() => setOpen(true)}
        className="flex w-full items-center gap-2 px-4 py-2 text-left text-sm text-slate-500 hover:bg-slate-50 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:text-slate-400 dark:hover:bg-slate-800/50 dark:hover:text-slate-200"
      >
        <PlusIcon /> Add item
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="px-4 py-2">
      <div className="flex gap-2">
        <input
          autoFocus
          data-testid="add-item-input"
          aria-label={`New item in "${sectionTitle}"`}
          placeholder="New item title, then Enter"
          value={title}
          maxLength={1000}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="submit"
          disabled={busy || !title.trim()}
          data-testid="add-item-confirm"
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Add
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Done
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
