"use client";

import { useState } from "react";

type Entry = { id: string; title: string; note?: string };
const dots = { amber: "bg-amber-500", red: "bg-red-500" };
const LIMIT = 5;

/** A short list of items that each jump to their row (required still open, blocked with reasons). */
export function ItemLinkList({
  title,
  entries,
  empty,
  tone,
  testId,
  onShowItem,
}: {
  title: string;
  entries: Entry[];
  empty: string;
  tone: keyof typeof dots;
  testId: string;
  onShowItem: (itemId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, LIMIT);
  return (
    <div data-testid={testId}>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{title}</h3>
      {entries.length === 0 ? (
        <p className="mt-1.5 text-sm text-slate-500 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-1.5 space-y-1">
          {shown.map((entry) => (
            <li key={entry.id} className="flex gap-2 text-sm">
              <span className={`mt-1.5 h-1.5 w-1.5 shrink-0 rounded-full ${dots[tone]}`} aria-hidden />
              <span className="min-w-0">
                <button
                  type="button"
                  onClick={() => onShowItem(entry.id)}
                  className="text-left font-medium hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                >
                  {entry.title}
                </button>
                {entry.note && <span className="text-slate-600 dark:text-slate-400">: {entry.note}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {entries.length > LIMIT && (
        <button
          type="button"
          onClick={() => setAll((value) => !value)}
          className="mt-1 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          {all ? "Show fewer" : `Show all ${entries.length}`}
        </button>
      )}
    </div>
  );
}
