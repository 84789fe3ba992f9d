"use client";

import { useState, type FormEvent } from "react";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";
import { PlanFields, ProgressFields } from "@/components/checklists/item-editor-fields";
import { draftChanges, draftOf, type ItemDraft } from "@/components/checklists/item-draft";
import { hasChildren } from "@/components/checklists/item-tree";
import { needsReason } from "@/components/checklists/status-look";
import { formatTime } from "@/lib/time/zoned";

export function ItemEditorDialog({ itemId, onClose }: { itemId: string | null; onClose: () => void }) {
  const { canEditPlan } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const item = itemId
    ? snapshot.sections.flatMap((s) => s.items).find((candidate) => candidate.id === itemId)
    : undefined;
  return (
    <Dialog
      open={!!item}
      onClose={onClose}
      variant="drawer"
      title={canEditPlan ? "Edit item" : "Update progress"}
      description={item?.title}
      testId="item-editor"
    >
      {item && <ItemEditorForm key={item.id} item={item} onDone={onClose} />}
    </Dialog>
  );
}

/** The form keeps what was typed whatever happens meanwhile: a conflict only changes what it is compared with. */
function ItemEditorForm({ item, onDone }: { item: ChecklistItemData; onDone: () => void }) {
  const { canEditPlan, canProgress, actions } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const zone = snapshot.timezone;
  const [base, setBase] = useState(item);
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item, zone));
  const [conflict, setConflict] = useState<ChecklistItemData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [busy, setBusy] = useState(false);
  const isParent = hasChildren(
    snapshot.sections.flatMap((s) => s.items),
    item.id,
  );
  const may = { plan: canEditPlan, progress: canProgress(item), status: !isParent };
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const changedMeanwhile = item.version !== base.version && !conflict;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason(draft.status) && !draft.statusReason.trim())
      return setFieldErrors({ statusReason: ["A reason is required for blocked and not applicable items."] });
    const changes = draftChanges(draft, base, zone, may);
    if (Object.keys(changes).length === 0) return onDone();
    setBusy(true);
    const result = await actions.updateItem(item.id, changes, { inline: false, version: base.version });
    setBusy(false);
    if (result.ok) return onDone();
    if (result.current) {
      setConflict(result.current);
      setBase(result.current);
      setError(null);
      return;
    }
    setConflict(null);
    setError(result.error);
    setFieldErrors(result.fields ?? {});
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {conflict && (
        <div
          role="alert"
          data-testid="item-conflict"
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-950/60 dark:text-amber-100 dark:ring-amber-900"
        >
          <p className="font-medium">
            {conflict.updatedBy?.name ?? "Someone"} changed this at {formatTime(conflict.updatedAt, zone)} — your change
            was not saved.
          </p>
          <p className="mt-1">Your text is still here. Save again to apply yours over theirs, or load their version.</p>
          <div className="mt-2 flex gap-2">
            <Button type="submit" data-testid="apply-mine-again" className="px-2 py-1">
              Apply mine again
            </Button>
            <Button
              type="button"
              variant="secondary"
              className="px-2 py-1"
              onClick={() => {
                setDraft(draftOf(conflict, zone));
                setConflict(null);
              }}
            >
              Load theirs
            </Button>
          </div>
        </div>
      )}
      {changedMeanwhile && (
        <p className="rounded-md bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950/60 dark:text-sky-100">
          {item.updatedBy?.name ?? "Someone"} changed this item while you were editing. Saving will tell you if your
          changes collide.
        </p>
      )}
      {error && (
        <p
          role="alert"
          data-testid="editor-error"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-200"
        >
          {error}
        </p>
      )}
      {may.progress && <ProgressFields draft={draft} set={set} statusLocked={isParent} errors={fieldErrors} />}
      {may.plan && (
        <PlanFields draft={draft} set={set} members={snapshot.members} timeZone={zone} errors={fieldErrors} />
      )}
      <div className="sticky bottom-0 -mx-5 flex justify-end gap-2 border-t border-slate-200 bg-white/95 px-5 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" data-testid="editor-save" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
