"use client";

import { useState, type HTMLAttributes } from "react";
import type { SectionData } from "@/lib/audit/event-types";
import type { SectionProgress } from "@/lib/checklists/progress";
import { useChecklist, useLaunchPart } from "@/components/checklists/checklist-context";
import { SectionTitle } from "@/components/checklists/section-title";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";
import { GripIcon, MoreIcon } from "@/components/ui/icons";

type Props = {
  section: SectionData;
  index: number;
  progress: SectionProgress;
  dragHandle: HTMLAttributes<HTMLButtonElement>;
  onDelete: () => void;
};

export function SectionHeader({ section, index, progress, dragHandle, onDelete }: Props) {
  const { canEditPlan, canReorder, actions } = useChecklist();
  const [renaming, setRenaming] = useState(false);
  const last = useLaunchPart((snapshot) => snapshot.sections.length) - 1;

  return (
    <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2.5 sm:px-4 dark:border-slate-800">
      {canEditPlan && (
        <button
          type="button"
          {...dragHandle}
          aria-label={`Drag to reorder section "${section.title}"`}
          disabled={!canReorder}
          className="-ml-1 hidden h-6 w-5 shrink-0 cursor-grab touch-none place-items-center rounded text-slate-300 hover:text-slate-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-0 sm:grid dark:text-slate-600 dark:hover:text-slate-300"
        >
          <GripIcon />
        </button>
      )}
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <SectionTitle
          key={String(renaming)}
          id={section.id}
          title={section.title}
          editing={renaming}
          onDone={() => setRenaming(false)}
        />
        {!renaming && progress.blocked > 0 && (
          <span className="shrink-0 rounded-full bg-red-100 px-2 py-px text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200">
            {progress.blocked} blocked
          </span>
        )}
      </div>
      <div
        className="flex shrink-0 items-center gap-2"
        data-testid="section-progress"
        aria-label={`${section.title}: ${progress.complete} of ${progress.total} complete`}
      >
        <div
          className="hidden h-1.5 w-20 overflow-hidden rounded-full bg-slate-200 sm:block dark:bg-slate-800"
          aria-hidden
        >
          <div
            className="h-full rounded-full bg-emerald-500 transition-all"
            style={{ width: `${progress.total ? (progress.complete / progress.total) * 100 : 0}%` }}
          />
        </div>
        <span className="text-sm tabular-nums text-slate-500 dark:text-slate-400">
          {progress.complete} / {progress.total}
        </span>
      </div>
      {canEditPlan && (
        <Menu label={`Actions for section "${section.title}"`} icon={<MoreIcon />} testId="section-menu">
          <MenuItem onSelect={() => setRenaming(true)} testId="rename-section">
            Rename…
          </MenuItem>
          <MenuItem
            onSelect={() => void actions.moveSection(section.id, index - 1)}
            disabled={index === 0 || !canReorder}
            testId="move-section-up"
          >
            Move section up
          </MenuItem>
          <MenuItem
            onSelect={() => void actions.moveSection(section.id, index + 1)}
            disabled={index === last || !canReorder}
            testId="move-section-down"
          >
            Move section down
          </MenuItem>
          <MenuSeparator />
          <MenuItem onSelect={onDelete} tone="danger" testId="delete-section">
            Delete section…
          </MenuItem>
        </Menu>
      )}
    </header>
  );
}
