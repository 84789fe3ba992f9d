"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";

export function AddSubItemDialog({ parentId, onClose }: { parentId: string | null; onClose: () => void }) {
  const snapshot = useLaunchSnapshot();
  const parent = parentId ? snapshot.sections.flatMap((s) => s.items).find((item) => item.id === parentId) : undefined;
  return (
    <Dialog
      open={!!parent}
      onClose={onClose}
      title="Add sub-item"
      description={parent ? `Under "${parent.title}"` : undefined}
      testId="add-sub-item-dialog"
    >
      {parent && <SubItemForm key={parent.id} sectionId={parent.sectionId} parentId={parent.id} onDone={onClose} />}
    </Dialog>
  );
}

function SubItemForm({ sectionId, parentId, onDone }: { sectionId: string; parentId: string; onDone: () => void }) {
  const { actions } = useChecklist();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    const result = await actions.createItem({ sectionId, parentId, title: title.trim() });
    if (!result.ok) return setError(result.error);
    setTitle("");
    setError(null);
    setAdded((count) => count + 1);
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        Title
        <input
          autoFocus
          data-testid="add-sub-item-input"
          value={title}
          maxLength={1000}
          onChange={(event) => setTitle(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950"
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        {added > 0 && <span className="mr-auto text-sm text-emerald-700 dark:text-emerald-400">{added} added</span>}
        <Button type="button" variant="secondary" onClick={onDone}>
          {added > 0 ? "Done" : "Cancel"}
        </Button>
        <Button type="submit" data-testid="add-sub-item-confirm" disabled={!title.trim()}>
          Add
        </Button>
      </div>
    </form>
  );
}
