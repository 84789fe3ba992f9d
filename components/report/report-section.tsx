import type { ReactNode } from "react";

export const tableClass =
  "w-full text-left text-sm [&_td]:px-2.5 [&_td]:py-1.5 [&_td]:align-top [&_th]:px-2.5 [&_th]:py-1.5 [&_th]:font-semibold";
export const theadClass =
  "bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/60 dark:text-slate-400";
export const tbodyClass = "divide-y divide-slate-100 dark:divide-slate-800";

/** One part of the report: on screen a card, in print its own page. */
export function ReportSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      data-testid="report-section"
      data-section={id}
      aria-labelledby={`${id}-title`}
      className="report-section scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A table that scrolls sideways on a phone instead of squeezing its columns. */
export function ReportTable({
  head,
  children,
  minWidth = "36rem",
}: {
  head: ReactNode[];
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    // Focusable, so a keyboard user can scroll it sideways too (axe: scrollable-region-focusable).
    <div
      className="report-table overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label="Table (scrolls sideways)"
    >
      <table className={tableClass} style={{ minWidth }}>
        <thead className={theadClass}>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={tbodyClass}>{children}</tbody>
      </table>
    </div>
  );
}

export const Empty = ({ children }: { children: ReactNode }) => (
  <p className="text-sm italic text-slate-500 dark:text-slate-400">{children}</p>
);
