"use client";

import { useMemo, useState } from "react";
import type { SnapshotSection } from "@/lib/launches/get-launch-snapshot";
import { ChevronIcon, SearchIcon } from "@/components/ui/icons";
import { inputClass } from "@/components/ui/field";

type Props = {
  sections: SnapshotSection[];
  sectionIds: string[];
  itemIds: string[];
  onChange: (next: { sectionIds: string[]; itemIds: string[] }) => void;
};

const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
const done = (status: string) => status === "done" || status === "not_applicable";

/** Pick what must be done before GO: whole sections, or single items from the checklist. */
export function ChecklistPicker({ sections, sectionIds, itemIds, onChange }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(sections.filter((s) => s.items.some((i) => itemIds.includes(i.id))).map((s) => s.id)),
  );
  const [query, setQuery] = useState("");
  const depth = useMemo(() => {
    const parents = new Map(sections.flatMap((s) => s.items).map((item) => [item.id, item.parentId]));
    const of = (id: string): number => {
      const parent = parents.get(id);
      return parent ? 1 + of(parent) : 0;
    };
    return of;
  }, [sections]);
  const chosenSections = new Set(sectionIds);
  const chosenItems = new Set(itemIds);
  const needle = query.trim().toLowerCase();
  const required = sections.flatMap((s) => s.items.filter((i) => chosenSections.has(s.id) || chosenItems.has(i.id)));

  return (
    <fieldset data-testid="gate-checklist-picker" className="min-w-0">
      <legend className="text-sm font-medium">Checklist items that must be done</legend>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {required.length === 0
          ? "None chosen."
          : `${required.length} item${required.length === 1 ? "" : "s"} required, ${required.filter((i) => !done(i.status)).length} still open.`}{" "}
        Done or not applicable counts.
      </p>
      <div className="relative mt-2">
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 mt-0.5 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Find an item"
          aria-label="Find an item"
          className={`${inputClass} pl-8`}
        />
      </div>
      <div className="mt-2 max-h-80 overflow-y-auto rounded-lg border border-slate-200 dark:border-slate-700">
        {sections.map((section) => {
          const whole = chosenSections.has(section.id);
          const items = needle
            ? section.items.filter((item) => item.title.toLowerCase().includes(needle))
            : section.items;
          if (needle && items.length === 0) return null;
          const show = needle !== "" || expanded.has(section.id);
          const picked = section.items.filter((i) => chosenItems.has(i.id)).length;
          return (
            <div key={section.id} className="border-b border-slate-100 last:border-b-0 dark:border-slate-800">
              <div className="flex items-center gap-2 px-3 py-2">
                <input
                  type="checkbox"
                  id={`pick-section-${section.id}`}
                  checked={whole}
                  onChange={(e) => onChange({ sectionIds: toggle(sectionIds, section.id, e.target.checked), itemIds })}
                  className="h-4 w-4 rounded border-slate-300 accent-indigo-600"
                  data-testid="pick-section"
                />
                <label htmlFor={`pick-section-${section.id}`} className="min-w-0 flex-1 truncate text-sm font-medium">
                  {section.title}{" "}
                  <span className="font-normal text-slate-500">· whole section ({section.items.length})</span>
                </label>
                {!needle && (
                  <button
                    type="button"
                    onClick={() =>
                      setExpanded((current) =>
                        current.has(section.id)
                          ? new Set([...current].filter((id) => id !== section.id))
                          : new Set(current).add(section.id),
                      )
                    }
                    aria-expanded={show}
                    className="inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
                  >
                    {picked > 0 && !whole ? `${picked} picked` : "Items"}
                    <ChevronIcon className={`h-3.5 w-3.5 transition ${show ? "rotate-90" : ""}`} />
                  </button>
                )}
              </div>
              {show && (
                <ul className="pb-2">
                  {items.map((item) => (
                    <li key={item.id} style={{ paddingLeft: `${2.25 + depth(item.id) * 1.25}rem` }} className="pr-3">
                      <label
                        className={`flex items-start gap-2 py-1 text-sm ${whole ? "text-slate-400 dark:text-slate-500" : ""}`}
                      >
                        <input
                          type="checkbox"
                          checked={whole || chosenItems.has(item.id)}
                          disabled={whole}
                          onChange={(e) =>
                            onChange({ sectionIds, itemIds: toggle(itemIds, item.id, e.target.checked) })
                          }
                          className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 accent-indigo-600"
                          data-testid="pick-item"
                        />
                        <span className="min-w-0 flex-1">{item.title}</span>
                        {done(item.status) && (
                          <span className="shrink-0 text-xs text-emerald-700 dark:text-emerald-400">done</span>
                        )}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
