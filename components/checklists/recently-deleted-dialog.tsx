"use client";

import { useEffect, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";
import { apiRequest } from "@/lib/api/client";
import { formatDayTime } from "@/lib/time/zoned";

type Deleted = {
  items: { id: string; title: string; deletedAt: string; section: { id: string; title: string } }[];
  sections: { id: string; title: string; deletedAt: string; items: number }[];
};

export function RecentlyDeletedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Recently deleted"
      description="Restore items and sections deleted from this launch."
      testId="recently-deleted"
    >
      {open && <DeletedList />}
    </Dialog>
  );
}

function DeletedList() {
  const { actions } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Refetched after every change to the launch (seq), so a restore elsewhere is reflected too.
  useEffect(() => {
    let cancelled = false;
    void apiRequest<Deleted>("GET", `/api/launches/${snapshot.id}/deleted`).then((answer) => {
      if (cancelled) return;
      if (answer.ok) setDeleted(answer.body);
      else setError(answer.error);
    });
    return () => {
      cancelled = true;
    };
  }, [snapshot.id, snapshot.seq]);

  if (error)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </p>
    );
  if (!deleted) return <p className="text-sm text-slate-500">Loading…</p>;
  if (deleted.items.length === 0 && deleted.sections.length === 0)
    return <p className="text-sm text-slate-500">Nothing has been deleted.</p>;
  const liveSections = new Set(snapshot.sections.map((section) => section.id));

  const row = (key: string, title: string, detail: string, onRestore: () => void, disabledWhy?: string) => (
    <li key={key} data-testid="deleted-entry" className="flex items-center gap-3 py-2">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium">{title}</p>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">{disabledWhy ?? detail}</p>
      </div>
      <button
        type="button"
        data-testid="restore-button"
        disabled={!!disabledWhy}
        onClick={onRestore}
        className="shrink-0 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Restore
      </button>
    </li>
  );

  return (
    <div className="space-y-4">
      {deleted.sections.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Sections</h3>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {deleted.sections.map((section) =>
              row(
                section.id,
                section.title,
                `${section.items} items · deleted ${formatDayTime(section.deletedAt, snapshot.timezone)}`,
                () => void actions.restoreSection(section.id, section.title),
              ),
            )}
          </ul>
        </div>
      )}
      {deleted.items.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Items</h3>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {deleted.items.map((item) =>
              row(
                item.id,
                item.title,
                `In ${item.section.title} · deleted ${formatDayTime(item.deletedAt, snapshot.timezone)}`,
                () => void actions.restoreItem(item.id, item.title),
                liveSections.has(item.section.id) ? undefined : `Restore the section "${item.section.title}" first`,
              ),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
