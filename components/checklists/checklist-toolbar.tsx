"use client";

import type { RefObject } from "react";
import { itemFilters, matchesFilters, type ItemFilter } from "@/lib/checklists/filter-items";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";
import { KeyboardIcon, SearchIcon, TrashIcon } from "@/components/ui/icons";

const labels: Record<ItemFilter, string> = { mine: "Mine", open: "Open", blocked: "Blocked", required: "Required" };

type Props = {
  filters: ItemFilter[];
  query: string;
  searchRef: RefObject<HTMLInputElement | null>;
  onFilters: (filters: ItemFilter[]) => void;
  onQuery: (query: string) => void;
  onShowDeleted: () => void;
  onShowHelp: () => void;
};

/** Search, the combinable filter chips (each with its count), and the lead's extra tools. */
export function ChecklistToolbar({ filters, query, searchRef, onFilters, onQuery, onShowDeleted, onShowHelp }: Props) {
  const { actorId, canEditPlan } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const all = snapshot.sections.flatMap((section) => section.items);
  const count = (filter: ItemFilter) =>
    all.filter((item) => matchesFilters(item, { filters: [filter], actorId })).length;
  const toggle = (filter: ItemFilter) =>
    onFilters(filters.includes(filter) ? filters.filter((f) => f !== filter) : [...filters, filter]);

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="checklist-filters">
      <label className="relative min-w-0 flex-1 basis-48 sm:max-w-64">
        <span className="sr-only">Search items</span>
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input
          ref={searchRef}
          type="search"
          data-testid="filter-search"
          value={query}
          placeholder="Search items"
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") event.currentTarget.blur();
          }}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-8 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
        />
        <kbd className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-200 px-1 text-[10px] text-slate-400 sm:block dark:border-slate-700">
          /
        </kbd>
      </label>
      <div role="group" aria-label="Filters" className="flex flex-wrap gap-1.5">
        {itemFilters.map((filter) => {
          const on = filters.includes(filter);
          return (
            <button
              key={filter}
              type="button"
              aria-pressed={on}
              data-testid={`filter-${filter}`}
              onClick={() => toggle(filter)}
              className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset transition focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                on
                  ? "bg-indigo-600 text-white ring-indigo-600"
                  : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800"
              }`}
            >
              {labels[filter]}
              <span className={`text-xs tabular-nums ${on ? "text-indigo-100" : "text-slate-500 dark:text-slate-400"}`}>
                {count(filter)}
              </span>
            </button>
          );
        })}
      </div>
      <div className="ml-auto flex items-center gap-1">
        {canEditPlan && (
          <button
            type="button"
            data-testid="show-deleted"
            onClick={onShowDeleted}
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
          >
            <TrashIcon /> <span className="hidden sm:inline">Recently deleted</span>
            <span className="sr-only sm:hidden">Recently deleted</span>
          </button>
        )}
        <button
          type="button"
          data-testid="show-shortcuts"
          onClick={onShowHelp}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          className="hidden rounded-md px-2 py-1.5 text-slate-600 hover:bg-slate-100 sm:inline-flex dark:text-slate-400 dark:hover:bg-slate-800"
        >
          <KeyboardIcon className="h-5 w-5" />
        </button>
      </div>
    </div>
  );
}
