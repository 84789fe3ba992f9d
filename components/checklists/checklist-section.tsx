"use client";

import { memo, useCallback, useMemo } from "react";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { SectionData, ChecklistItemData } from "@/lib/audit/event-types";
import type { SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import { sectionProgress } from "@/lib/checklists/progress";
import { isFiltering, matchesFilters, type FilterCriteria } from "@/lib/checklists/filter-items";
import { useChecklist } from "@/components/checklists/checklist-context";
import { SectionHeader } from "@/components/checklists/section-header";
import { QuickAddItem } from "@/components/checklists/quick-add-item";
import { SectionRows, VirtualSectionRows, type RowFacts } from "@/components/checklists/section-rows";
import { childProgress, depths } from "@/components/checklists/item-tree";
import type { RowNavigator } from "@/components/checklists/row-navigator";

type Props = {
  section: SnapshotSection;
  /** The section's items that pass the filters (with the parents leading to a match). */
  items: ChecklistItemData[];
  index: number;
  criteria: FilterCriteria;
  /** Sub-items of the item being dragged: they travel with it, so they are hidden meanwhile. */
  hiddenIds: ReadonlySet<string>;
  focusedId: string | null;
  /** Only headers while a section is dragged, so sections are short and easy to place. */
  collapsed: boolean;
  /** Render only the rows near the viewport (a big launch). */
  virtual: boolean;
  /** Where its rows probably start on the page before measuring (the server render). */
  estimatedTop: number;
  /** Changes when the board's height changed: rows are placed by this section's distance from the top. */
  layoutVersion: number;
  navigator: RowNavigator;
  onDelete: (section: SectionData) => void;
};

export const ChecklistSection = memo(function ChecklistSection({
  section,
  items,
  index,
  criteria,
  hiddenIds,
  focusedId,
  collapsed,
  virtual,
  estimatedTop,
  layoutVersion,
  navigator,
  onDelete,
}: Props) {
  const { canEditPlan, canReorder } = useChecklist();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: `section:${section.id}`,
    data: { type: "section" },
    disabled: !canEditPlan || !canReorder,
  });
  const { setNodeRef: setEndRef, isOver: overEnd } = useDroppable({
    id: `section-end:${section.id}`,
    data: { type: "section-end", sectionId: section.id },
  });
  const visible = useMemo(
    () => (hiddenIds.size === 0 ? items : items.filter((item) => !hiddenIds.has(item.id))),
    [items, hiddenIds],
  );
  // Once per change of the section, not once per row: a 100-item section would otherwise scan itself 100 times.
  const facts = useMemo((): RowFacts => {
    const depthOf = depths(section.items);
    const parentIds = new Set(section.items.map((item) => item.parentId));
    const filtering = isFiltering(criteria);
    return {
      depth: (item) => depthOf.get(item.id) ?? 0,
      subItems: (item) => (parentIds.has(item.id) ? childProgress(section.items, item.id) : undefined),
      context: (item) => filtering && !matchesFilters(item, criteria),
    };
  }, [section.items, criteria]);
  const progress = useMemo(() => sectionProgress(section), [section]);
  const deleteSection = useCallback(() => onDelete(section), [onDelete, section]);
  const sortableIds = useMemo(() => visible.map((item) => item.id), [visible]);
  const Rows = virtual ? VirtualSectionRows : SectionRows;

  return (
    <section
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      data-testid="checklist-section"
      data-section-id={section.id}
      aria-labelledby={`section-${section.id}`}
      className={`rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${isDragging ? "relative z-20 opacity-60 shadow-lg" : ""}`}
    >
      <SectionHeader
        section={section}
        index={index}
        progress={progress}
        dragHandle={{ ...attributes, ...listeners }}
        onDelete={deleteSection}
      />
      <SortableContext items={sortableIds} strategy={verticalListSortingStrategy}>
        <Rows
          sectionId={section.id}
          estimatedTop={estimatedTop}
          items={visible}
          facts={facts}
          focusedId={focusedId}
          hidden={collapsed}
          layoutVersion={layoutVersion}
          navigator={navigator}
        />
      </SortableContext>
      <div
        ref={setEndRef}
        hidden={collapsed}
        className={`border-t border-slate-100 dark:border-slate-800/80 ${overEnd ? "bg-indigo-50 dark:bg-indigo-950/40" : ""}`}
      >
        {section.items.length === 0 && (
          <p className="px-4 pt-3 text-sm text-slate-500 dark:text-slate-400">No items in this section yet.</p>
        )}
        {canEditPlan ? <QuickAddItem sectionId={section.id} sectionTitle={section.title} /> : <div className="h-1" />}
      </div>
    </section>
  );
});
