"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DndContext, DragOverlay, MeasuringStrategy } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { SectionData } from "@/lib/audit/event-types";
import { filterItems, isFiltering, type FilterCriteria } from "@/lib/checklists/filter-items";
import { useChecklist, useLaunchPart } from "@/components/checklists/checklist-context";
import { useChecklistDnd } from "@/components/checklists/use-checklist-dnd";
import { DropHintProvider } from "@/components/checklists/drop-hint";
import { ChecklistSection } from "@/components/checklists/checklist-section";
import { ESTIMATED_ROW_PX } from "@/components/checklists/section-rows";
import { AddSectionForm } from "@/components/checklists/add-section-form";
import { statusLook } from "@/components/checklists/status-look";
import type { RowNavigator } from "@/components/checklists/row-navigator";

/**
 * Up to this many rows everything is rendered (small launches behave as plain pages: find in page,
 * print); above it each section renders only the rows near the window's viewport.
 */
export const VIRTUALISE_ABOVE = 150;
const ESTIMATED_BOARD_TOP_PX = 600;
const ESTIMATED_SECTION_CHROME_PX = 120;

type Props = {
  criteria: FilterCriteria;
  navigator: RowNavigator;
  onClearFilters: () => void;
  onDeleteSection: (section: SectionData) => void;
};

/** The sections in order with their item trees, drag and drop around them. */
export const ChecklistBoard = memo(function ChecklistBoard({
  criteria,
  navigator,
  onClearFilters,
  onDeleteSection,
}: Props) {
  const { actions, canEditPlan, store } = useChecklist();
  const allSections = useLaunchPart((snapshot) => snapshot.sections);
  const dnd = useChecklistDnd(store, allSections, actions);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const boardRef = useRef<HTMLDivElement>(null);
  const filtering = isFiltering(criteria);
  const visible = useMemo(
    () =>
      allSections
        .map((section) => ({ section, items: filterItems(section.items, criteria) }))
        .filter((entry) => !filtering || entry.items.length > 0),
    [allSections, criteria, filtering],
  );

  const order = useMemo(
    () => ({
      ids: visible.flatMap((entry) => entry.items.map((item) => item.id)),
      sectionOf: new Map(visible.flatMap((entry) => entry.items.map((item) => [item.id, entry.section.id] as const))),
    }),
    [visible],
  );
  // The keyboard walks the rows in this order, rendered or not.
  useEffect(() => {
    navigator.ids = order.ids;
    navigator.sectionOf = order.sectionOf;
  }, [navigator, order]);
  const virtual = order.ids.length > VIRTUALISE_ABOVE;
  // Rough page offsets (header, summary, toolbar above; section headers and typical rows): only for the
  // server render, so it leaves out the sections below the first screen. Measured once in the browser.
  const estimatedTops = useMemo(() => {
    let top = ESTIMATED_BOARD_TOP_PX;
    return visible.map((entry) => {
      const start = top + ESTIMATED_SECTION_CHROME_PX;
      top = start + entry.items.length * ESTIMATED_ROW_PX;
      return start;
    });
  }, [visible]);
  const rovingId = focusedId && order.sectionOf.has(focusedId) ? focusedId : (order.ids[0] ?? null);

  // A section's rows are placed by its distance from the page top, which moves when a section above grows.
  useEffect(() => {
    if (!virtual || !boardRef.current) return;
    const observer = new ResizeObserver(() => setLayoutVersion((version) => version + 1));
    observer.observe(boardRef.current);
    return () => observer.disconnect();
  }, [virtual]);

  const onFocusCapture = useCallback((event: React.FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-testid="checklist-item"]');
    if (row?.dataset.itemId) setFocusedId(row.dataset.itemId);
  }, []);

  return (
    <DndContext
      id="checklist-dnd"
      {...dnd.dndProps}
      measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
    >
      <DropHintProvider value={dnd.hint}>
        <SortableContext
          items={visible.map((entry) => `section:${entry.section.id}`)}
          strategy={verticalListSortingStrategy}
        >
          <div ref={boardRef} className="space-y-4" onFocusCapture={onFocusCapture}>
            {visible.map((entry, index) => (
              <ChecklistSection
                key={entry.section.id}
                section={entry.section}
                items={entry.items}
                index={index}
                criteria={criteria}
                hiddenIds={dnd.hiddenIds}
                focusedId={rovingId}
                collapsed={!!dnd.activeSection}
                virtual={virtual}
                estimatedTop={estimatedTops[index] ?? 0}
                layoutVersion={layoutVersion}
                navigator={navigator}
                onDelete={onDeleteSection}
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
      {filtering && visible.length === 0 && (
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
      {!filtering && allSections.length === 0 && (
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
});
