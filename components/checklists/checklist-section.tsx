"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import { sectionProgress } from "@/lib/checklists/progress";
import { filterItems, matchesFilters, type FilterCriteria } from "@/lib/checklists/filter-items";
import { useChecklist } from "@/components/checklists/checklist-context";
import { ChecklistItemRow } from "@/components/checklists/checklist-item-row";
import { SectionHeader } from "@/components/checklists/section-header";
import { QuickAddItem } from "@/components/checklists/quick-add-item";
import { childProgress, depths } from "@/components/checklists/item-tree";

type Props = {
  section: SnapshotSection;
  index: number;
  criteria: FilterCriteria;
  /** Sub-items of the item being dragged: they travel with it, so they are hidden meanwhile. */
  hiddenIds: Set<string>;
  focusedId: string | null;
  /** Only headers while a section is dragged, so sections are short and easy to place. */
  collapsed: boolean;
  onDelete: () => void;
};

export function ChecklistSection({ section, index, criteria, hiddenIds, focusedId, collapsed, onDelete }: Props) {
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
  const visible = filterItems(section.items, criteria).filter((item) => !hiddenIds.has(item.id));
  const depthOf = depths(section.items);
  // Once per render, not once per row: a 100-item section would otherwise scan itself 100 times.
  const parentIds = new Set(section.items.map((item) => item.parentId));
  const progress = sectionProgress(section);
  const filtering = visible.length !== section.items.length;

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
        onDelete={onDelete}
      />
      <SortableContext items={visible.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ul hidden={collapsed} className="divide-y divide-slate-100 dark:divide-slate-800/80">
          {visible.map((item) => (
            <ChecklistItemRow
              key={item.id}
              item={item}
              depth={depthOf.get(item.id) ?? 0}
              subItems={parentIds.has(item.id) ? childProgress(section.items, item.id) : undefined}
              context={filtering && !matchesFilters(item, criteria)}
              focusable={focusedId === item.id}
            />
          ))}
        </ul>
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
}
