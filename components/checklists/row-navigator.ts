"use client";

/**
 * Moves keyboard focus between checklist rows by their order, not by what is in the DOM: in a long
 * (virtualised) checklist the next row may not be rendered yet, so its section scrolls it into being
 * first. The board keeps `ids` (the visible rows, top to bottom) current; each section registers how to
 * bring one of its rows into view.
 */
export type RowNavigator = {
  ids: readonly string[];
  sectionOf: Map<string, string>;
  reveal: Map<string, (itemId: string) => void>;
  focus: (itemId: string, options?: { center?: boolean }) => void;
  step: (fromId: string | null, delta: number) => void;
};

const rowSelector = '[data-testid="checklist-item"]';
const rowElement = (itemId: string) =>
  document.querySelector<HTMLElement>(`${rowSelector}[data-item-id="${CSS.escape(itemId)}"]`);

export function createRowNavigator(): RowNavigator {
  const navigator: RowNavigator = {
    ids: [],
    sectionOf: new Map(),
    reveal: new Map(),
    focus: (itemId, { center = false } = {}) => {
      const shown = rowElement(itemId);
      if (shown) {
        shown.focus({ preventScroll: true });
        shown.scrollIntoView({ block: center ? "center" : "nearest" });
        return;
      }
      const sectionId = navigator.sectionOf.get(itemId);
      if (sectionId) navigator.reveal.get(sectionId)?.(itemId);
      // Rendered on the next frames, once the section has scrolled to it.
      let tries = 0;
      const attempt = () => {
        const row = rowElement(itemId);
        if (row) {
          row.focus({ preventScroll: true });
          row.scrollIntoView({ block: center ? "center" : "nearest" });
        } else if (tries++ < 30) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    step: (fromId, delta) => {
      const { ids } = navigator;
      if (ids.length === 0) return;
      const index = fromId ? ids.indexOf(fromId) : -1;
      const next = ids[Math.max(0, Math.min(ids.length - 1, index + delta))];
      if (next) navigator.focus(next);
    },
  };
  return navigator;
}
