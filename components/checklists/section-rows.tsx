"use client";

import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { ChecklistItemRow } from "@/components/checklists/checklist-item-row";
import type { RowNavigator } from "@/components/checklists/row-navigator";

/** What a row shows besides the item itself, computed once per section change. */
export type RowFacts = {
  depth: (item: ChecklistItemData) => number;
  subItems: (item: ChecklistItemData) => { complete: number; total: number } | undefined;
  context: (item: ChecklistItemData) => boolean;
};

type Props = {
  sectionId: string;
  /** Where the list probably starts on the page, before it is measured (the server render). */
  estimatedTop: number;
  items: ChecklistItemData[];
  facts: RowFacts;
  focusedId: string | null;
  hidden: boolean;
  layoutVersion: number;
  navigator: RowNavigator;
};

const listClass = "divide-y divide-slate-100 dark:divide-slate-800/80";

function row(item: ChecklistItemData, facts: RowFacts, focusedId: string | null) {
  const subItems = facts.subItems(item);
  return {
    item,
    depth: facts.depth(item),
    subComplete: subItems?.complete,
    subTotal: subItems?.total,
    context: facts.context(item),
    focusable: focusedId === item.id,
  };
}

/** Every row of the section (a launch small enough to render whole). */
export function SectionRows({ items, facts, focusedId, hidden }: Props) {
  return (
    <ul hidden={hidden} className={listClass}>
      {items.map((item) => (
        <ChecklistItemRow key={item.id} {...row(item, facts, focusedId)} />
      ))}
    </ul>
  );
}

// A typical row (title and one meta line); real heights are measured once rendered.
export const ESTIMATED_ROW_PX = 62;
// A list this far above or below the viewport renders no rows.
const OFF_VIEW_PX = 600;
// The viewport's height for the server render (and the first client render, which must match it).
const ASSUMED_VIEWPORT_PX = 900;

/** The rows near the window's viewport, each placed at its offset; the list keeps the height of them all. */
export function VirtualSectionRows({
  sectionId,
  estimatedTop,
  items,
  facts,
  focusedId,
  hidden,
  layoutVersion,
  navigator,
}: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(estimatedTop);
  // Whether the list is near the viewport; the virtualiser would otherwise keep a few rows of every list.
  const [near, setNear] = useState(estimatedTop < ASSUMED_VIEWPORT_PX + OFF_VIEW_PX);
  useEffect(() => {
    if (!listRef.current) return;
    const observer = new IntersectionObserver(([entry]) => setNear(Boolean(entry?.isIntersecting)), {
      rootMargin: `${OFF_VIEW_PX}px 0px`,
    });
    observer.observe(listRef.current);
    return () => observer.disconnect();
  }, []);
  // The row holding the list's Tab stop stays rendered when scrolled away, so Tab still reaches the list.
  const focusIndex = focusedId ? items.findIndex((item) => item.id === focusedId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = near ? defaultRangeExtractor(range) : [];
      return focusIndex < 0 || indexes.includes(focusIndex) ? indexes : [...indexes, focusIndex].sort((a, b) => a - b);
    },
    [focusIndex, near],
  );
  const virtualizer = useWindowVirtualizer({
    rangeExtractor,
    count: hidden ? 0 : items.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
    // The server render (no window) shows the first screenful.
    initialRect: { width: 1024, height: ASSUMED_VIEWPORT_PX },
  });

  // Where this section's list starts on the page; it moves when anything above changes height.
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  }, [layoutVersion, scrollMargin]);

  useEffect(() => {
    navigator.reveal.set(sectionId, (itemId) => {
      const index = items.findIndex((item) => item.id === itemId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: "center" });
    });
    return () => void navigator.reveal.delete(sectionId);
  }, [navigator, sectionId, items, virtualizer]);

  const shown = virtualizer.getVirtualItems();
  const rendered = new Set(shown.map((entry) => entry.index));
  return (
    <ul
      ref={listRef}
      hidden={hidden}
      className={`relative ${listClass}`}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((entry) => {
        const item = items[entry.index]!;
        return (
          <ChecklistItemRow
            key={item.id}
            {...row(item, facts, focusedId)}
            index={entry.index}
            top={entry.start - scrollMargin}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
      {virtualizer.measurementsCache.map((entry) => {
        const item = items[entry.index];
        if (!item || rendered.has(entry.index)) return null;
        return <OutlineRow key={item.id} item={item} top={entry.start - scrollMargin} height={entry.size} />;
      })}
    </ul>
  );
}

/**
 * A row outside the rendered window, as its title only: a fast scroll shows titles instead of blank
 * space until the full row replaces it, and the browser's find-in-page still finds every item (the
 * full row, with its controls, is the one assistive technology reads).
 */
const OutlineRow = memo(function OutlineRow({
  item,
  top,
  height,
}: {
  item: ChecklistItemData;
  top: number;
  height: number;
}) {
  return (
    <li
      aria-hidden
      data-testid="checklist-item"
      data-item-id={item.id}
      data-status={item.status}
      data-outline
      className="absolute inset-x-0 truncate px-11 py-3 text-sm text-slate-400 dark:text-slate-500"
      style={{ top, height }}
    >
      {item.title}
    </li>
  );
});
