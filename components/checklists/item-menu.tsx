"use client";

import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";
import { indentTarget, outdentTarget, sectionTarget, stepTarget } from "@/components/checklists/move-targets";
import { Menu, MenuItem, MenuLabel, MenuSeparator } from "@/components/ui/menu";
import { MoreIcon } from "@/components/ui/icons";

const Key = ({ children }: { children: string }) => (
  <kbd className="ml-auto rounded border border-slate-200 px-1 font-sans text-[10px] text-slate-400 dark:border-slate-700">
    {children}
  </kbd>
);

/** Everything one can do to an item beyond ticking it, including accessible moves (no dragging needed). */
export function ItemMenu({ item, isParent }: { item: ChecklistItemData; isParent: boolean }) {
  const { canEditPlan, canProgress } = useChecklist();
  if (!canEditPlan && !canProgress(item)) return null;
  // The entries (and the move targets they compute from the whole launch) exist only while open.
  return (
    <Menu label={`Actions for "${item.title}"`} icon={<MoreIcon />} testId="item-menu" tabIndex={-1}>
      <ItemMenuEntries item={item} isParent={isParent} />
    </Menu>
  );
}

function ItemMenuEntries({ item, isParent }: { item: ChecklistItemData; isParent: boolean }) {
  const snapshot = useLaunchSnapshot();
  const { canEditPlan, canProgress, canReorder, actions, openEditor, openReason, openAddSubItem, confirmDeleteItem } =
    useChecklist();
  const progress = canProgress(item) && !isParent;
  const move = (target: ReturnType<typeof stepTarget>) => target && void actions.moveItem(item.id, target);
  const up = stepTarget(snapshot, item.id, -1);
  const down = stepTarget(snapshot, item.id, 1);

  return (
    <>
      <MenuItem onSelect={() => openEditor(item.id)} testId="edit-item">
        {canEditPlan ? "Edit item…" : "Update progress…"} <Key>e</Key>
      </MenuItem>
      {progress && item.status !== "blocked" && (
        <MenuItem onSelect={() => openReason(item.id, "blocked")} testId="block-item">
          Mark blocked… <Key>b</Key>
        </MenuItem>
      )}
      {progress && item.status !== "not_applicable" && (
        <MenuItem onSelect={() => openReason(item.id, "not_applicable")} testId="not-applicable-item">
          Mark not applicable…
        </MenuItem>
      )}
      {canEditPlan && (
        <>
          <MenuItem onSelect={() => openAddSubItem(item.id)} testId="add-sub-item">
            Add sub-item…
          </MenuItem>
          <MenuSeparator />
          <MenuItem onSelect={() => move(up)} disabled={!canReorder || !up} testId="move-up">
            Move up <Key>Alt ↑</Key>
          </MenuItem>
          <MenuItem onSelect={() => move(down)} disabled={!canReorder || !down} testId="move-down">
            Move down <Key>Alt ↓</Key>
          </MenuItem>
          <MenuItem
            onSelect={() => move(indentTarget(snapshot, item.id))}
            disabled={!canReorder || !indentTarget(snapshot, item.id)}
            testId="indent-item"
          >
            Make sub-item of the one above
          </MenuItem>
          {item.parentId && (
            <MenuItem
              onSelect={() => move(outdentTarget(snapshot, item.id))}
              disabled={!canReorder}
              testId="outdent-item"
            >
              Move out of its parent
            </MenuItem>
          )}
          {snapshot.sections.length > 1 && <MenuLabel>Move to section</MenuLabel>}
          {snapshot.sections
            .filter((section) => section.id !== item.sectionId)
            .map((section) => (
              <MenuItem
                key={section.id}
                onSelect={() => move(sectionTarget(snapshot, section.id))}
                disabled={!canReorder}
                testId="move-to-section"
              >
                <span className="truncate pl-2">{section.title}</span>
              </MenuItem>
            ))}
          <MenuSeparator />
          <MenuItem onSelect={() => confirmDeleteItem(item)} tone="danger" testId="delete-item">
            Delete…
          </MenuItem>
        </>
      )}
    </>
  );
}
