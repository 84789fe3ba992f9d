"use client";

import { useState } from "react";
import {
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import type { SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import type { LaunchStore } from "@/lib/realtime/launch-store";
import type { ChecklistActions } from "@/components/checklists/use-checklist-actions";
import type { DropHint } from "@/components/checklists/drop-hint";
import { descendantIds, siblings } from "@/components/checklists/item-tree";
import { sectionTarget } from "@/components/checklists/move-targets";

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();
const sectionIdOf = (dndId: string) => dndId.replace(/^section(-end)?:/, "");

/** Items only collide with items and section ends; sections only with sections. */
const collision: CollisionDetection = (args) => {
  const draggingSection = args.active.data.current?.type === "section";
  const droppableContainers = args.droppableContainers.filter(
    (c) => (c.data.current?.type === "section") === draggingSection,
  );
  const scoped = { ...args, droppableContainers };
  // What the pointer is over reads best (sections differ a lot in height); the keyboard has no pointer.
  const within = pointerWithin(scoped);
  return within.length > 0 ? within : closestCenter(scoped);
};

/**
 * Drag and drop for items (within and across sections) and sections. A dropped item lands among the
 * siblings of the row it was dropped on: after it when dragged downwards, before it when upwards.
 */
export function useChecklistDnd(store: LaunchStore, sections: SnapshotSection[], actions: ChecklistActions) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hint, setHint] = useState<DropHint>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Only while dragging: the whole item list is not walked on every render of a big launch.
  const all = activeId ? sections.flatMap((section) => section.items) : [];
  const activeItem = activeId ? all.find((item) => item.id === activeId) : undefined;
  const hiddenIds = activeItem ? descendantIds(all, activeItem.id) : NOTHING_HIDDEN;

  const placement = (active: string, over: string) =>
    all.findIndex((item) => item.id === active) < all.findIndex((item) => item.id === over) ? "after" : "before";

  const reset = () => {
    setActiveId(null);
    setHint(null);
  };

  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const overItem = over ? all.find((item) => item.id === over.id) : undefined;
    const crossing = overItem && activeItem && overItem.sectionId !== activeItem.sectionId;
    setHint(crossing ? { overId: overItem.id, placement: placement(String(active.id), overItem.id) } : null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    reset();
    const snapshot = store.get();
    if (!over || active.id === over.id) return;
    const activeKey = String(active.id);
    const overKey = String(over.id);
    if (active.data.current?.type === "section") {
      const to = snapshot.sections.findIndex((section) => section.id === sectionIdOf(overKey));
      if (to >= 0) void actions.moveSection(sectionIdOf(activeKey), to);
      return;
    }
    if (over.data.current?.type === "section-end") {
      return void actions.moveItem(
        activeKey,
        sectionTarget(
          {
            ...snapshot,
            sections: snapshot.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.id !== activeKey) })),
          },
          sectionIdOf(overKey),
        ),
      );
    }
    const target = all.find((item) => item.id === overKey);
    if (!target) return;
    const row = siblings(all, target.sectionId, target.parentId).filter((item) => item.id !== activeKey);
    const index = row.findIndex((item) => item.id === target.id);
    const position = placement(activeKey, target.id) === "after" ? index + 1 : index;
    void actions.moveItem(activeKey, { sectionId: target.sectionId, parentId: target.parentId, position });
  };

  return {
    dndProps: { sensors, collisionDetection: collision, onDragStart, onDragOver, onDragEnd, onDragCancel: reset },
    activeItem,
    activeSection: activeId?.startsWith("section:") ? sections.find((s) => s.id === sectionIdOf(activeId)) : undefined,
    hiddenIds,
    hint,
  };
}
