"use client";

import type { LaunchProgress, Verdict } from "@/lib/checklists/progress";
import { ItemLinkList } from "@/components/checklists/item-link-list";

const verdictLook: Record<Verdict["tone"], string> = {
  empty: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  idle: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  progress: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  blocked: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  ready: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  complete: "bg-emerald-700 text-white",
};

function Bar({ complete, total, className = "h-1.5" }: { complete: number; total: number; className?: string }) {
  return (
    <div className={`overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${className}`} aria-hidden>
      <div
        className="h-full rounded-full bg-emerald-500 transition-all duration-500"
        style={{ width: `${total ? (complete / total) * 100 : 0}%` }}
      />
    </div>
  );
}

/** "Completion status" as the sample runbooks end with it, computed from the live items. */
export function ProgressSummary({
  progress,
  onShowItem,
}: {
  progress: LaunchProgress;
  onShowItem: (itemId: string) => void;
}) {
  const extras = [
    progress.notApplicable > 0 && `${progress.notApplicable} not applicable`,
    progress.inProgress > 0 && `${progress.inProgress} in progress`,
    progress.blocked > 0 && `${progress.blocked} blocked`,
  ].filter(Boolean);

  return (
    <section
      data-testid="progress-summary"
      aria-labelledby="completion-status"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2
          id="completion-status"
          className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
        >
          Completion status
        </h2>
        <p
          data-testid="progress-verdict"
          data-tone={progress.verdict.tone}
          className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${verdictLook[progress.verdict.tone]}`}
        >
          <span className="sr-only">Status: </span>
          {progress.verdict.label}
        </p>
      </div>

      <div className="mt-3 flex items-end gap-4">
        <p className="text-3xl font-semibold tabular-nums leading-none" data-testid="progress-percent">
          {progress.percent}%<span className="sr-only"> complete overall</span>
        </p>
        <div className="min-w-0 flex-1 pb-0.5" aria-label="Launch checklist progress" role="group">
          <p className="mb-1.5 text-sm text-slate-600 dark:text-slate-400">
            <span className="font-medium tabular-nums text-slate-900 dark:text-slate-100">
              {progress.complete} / {progress.total}
            </span>{" "}
            items complete{extras.length > 0 && <span> · {extras.join(" · ")}</span>}
          </p>
          <Bar complete={progress.complete} total={progress.total} className="h-2" />
        </div>
      </div>

      {progress.sections.length > 0 && (
        <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Progress per section">
          {progress.sections.map((section) => (
            <li key={section.sectionId} className="min-w-0 text-sm" data-testid="section-progress-summary">
              <div className="flex items-baseline justify-between gap-2">
                <span className="truncate font-medium">{section.title}</span>
                <span className="shrink-0 text-xs tabular-nums text-slate-500 dark:text-slate-400">
                  {section.complete}/{section.total} items completed
                </span>
              </div>
              <Bar complete={section.complete} total={section.total} className="mt-1 h-1" />
            </li>
          ))}
        </ul>
      )}

      {(progress.requiredOpen.length > 0 || progress.blockedItems.length > 0) && (
        <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2 dark:border-slate-800">
          <ItemLinkList
            testId="required-open"
            title={`Required for go, still open (${progress.requiredOpen.length})`}
            tone="amber"
            onShowItem={onShowItem}
            entries={progress.requiredOpen.map((item) => ({ id: item.id, title: item.title }))}
            empty="Every required item is complete."
          />
          <ItemLinkList
            testId="blocked-items"
            title={`Blocked (${progress.blockedItems.length})`}
            tone="red"
            onShowItem={onShowItem}
            entries={progress.blockedItems.map((item) => ({ id: item.id, title: item.title, note: item.reason }))}
            empty="Nothing is blocked."
          />
        </div>
      )}
    </section>
  );
}
