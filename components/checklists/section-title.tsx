"use client";

import { useState, type FormEvent } from "react";
import { useChecklist } from "@/components/checklists/checklist-context";

/** The section's heading, which turns into an input while the lead renames it. */
export function SectionTitle({
  id,
  title,
  editing,
  onDone,
}: {
  id: string;
  title: string;
  editing: boolean;
  onDone: () => void;
}) {
  const { actions } = useChecklist();
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<string | null>(null);

  if (!editing) {
    return (
      <h2 id={`section-${id}`} className="truncate text-[15px] font-semibold">
        {title}
      </h2>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === title) return onDone();
    const failure = await actions.renameSection(id, draft.trim());
    if (failure) return setError(failure);
    onDone();
  }

  return (
    <form onSubmit={submit} className="min-w-0 flex-1">
      <input
        autoFocus
        data-testid="section-title-input"
        aria-label="Section title"
        value={draft}
        maxLength={300}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone();
        }}
        onBlur={(event) => {
          if (!event.currentTarget.form?.contains(event.relatedTarget as Node)) void submit(event);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-[15px] font-semibold focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
      />
      {error && (
        <p role="alert" className="mt-1 text-sm font-normal text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
