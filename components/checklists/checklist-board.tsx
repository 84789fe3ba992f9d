"use client";

import { useState } from "react";
import { DndContext, DragOverlay, MeasuringStrategy } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { SectionData } from "@/lib/audit/event-types";
import { filterItems, isFiltering, type FilterCriteria } from "@/lib/checklists/filter-items";
import { useChecklist } from "@/components/checklists/checklist-context";
import { useChecklistDnd } from "@/components/checklists/use-checklist-dnd";
import { DropHintProvider } from "@/components/checklists/drop-hint";
import { ChecklistSection } from "@/components/checklists/checklist-section";
import { AddSectionForm } from "@/components/checklists/add-section-form";
import { statusLook } from "@/components/checklists/status-look";

/** The sections in order with their item trees, drag and drop around them. */
export function ChecklistBoard({
  criteria,
  onClearFilters,
  onDeleteSection,
}: {
  criteria: FilterCriteria;
  onClearFilters: () => void;
  onDeleteSection: (section: SectionData) => void;
}) {
  const { snapshot, actions, canEditPlan } = useChecklist();
  const dnd = useChecklistDnd(snapshot, actions);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const filtering = isFiltering(criteria);
  const sections = filtering
    ? snapshot.sections.filter((section) => filterItems(section.items, criteria).length > 0)
    : snapshot.sections;
  const visibleIds = sections.flatMap((section) => filterItems(section.items, criteria).map((item) => item.id));
  const rovingId = focusedId && visibleIds.includes(focusedId) ? focusedId : (visibleIds[0] ?? null);

  return (
    <DndContext id="checklist-dnd" {...dnd.dndProps} measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}>
      <DropHintProvider value={dnd.hint}>
        <SortableContext
          items={sections.map((section) => `section:${section.id}`)}
          strategy={verticalListSortingStrategy}
        >
          <div
            className="space-y-4"
            onFocusCapture={(event) => {
              const row = (event.target as HTMLElement).closest<HTMLElement>('[data-testid="checklist-item"]');
              if (row?.dataset.itemId) setFocusedId(row.dataset.itemId);
            }}
          >
            {sections.map((section, index) => (
              <ChecklistSection
                key={section.id}
                section={section}
                index={index}
                criteria={criteria}
                hiddenIds={dnd.hiddenIds}
                focusedId={rovingId}
                collapsed={!!dnd.activeSection}
                onDelete={() => onDeleteSection(section)}
              />
            ))}
          </div>
        </SortableContext>
        <DragOverlay dropAnimation={null}>
          {dnd.activeItem && (
            <div className="flex w-fit max-w-md items-center gap-2 rounded-lg border border-indigo-300 bg-white px-4 py-2.5 text-sm font-medium shadow-xl dark:border-indigo-700 dark:bg-slate-900">
              <span className={`h-2 w-2 rounded-full ${statusLook[dnd.activeItem.status].dot}`} aria-hidden />
              {dnd.activeItem.title}
            </div>
          )}
        </DragOverlay>
      </DropHintProvider>
      {filtering && sections.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No items match these filters.{" "}
          <button
            type="button"
            onClick={onClearFilters}
            className="font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            Clear filters
          </button>
        </div>
      )}
      {!filtering && snapshot.sections.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          This launch has no checklist yet{canEditPlan ? ": add a first section." : "."}
        </p>
      )}
      {canEditPlan && !filtering && (
        <div className="mt-4">
          <AddSectionForm />
        </div>
      )}
    </DndContext>
  );
}
