import type { ReactNode } from "react";

/** In-page links to the page's sections, kept in view while scrolling (a long page on a phone). */
export function SectionNav({
  entries,
  aside,
}: {
  entries: { id: string; label: string; badge?: string }[];
  aside?: ReactNode;
}) {
  return (
    <nav
      aria-label="On this page"
      className="sticky top-0 z-20 -mx-4 mt-4 flex items-center gap-3 border-b border-slate-200 bg-slate-50/90 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90 print:hidden"
    >
      <ul className="flex min-w-0 flex-1 gap-1 overflow-x-auto">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className="inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 py-1 text-sm font-medium text-slate-600 hover:bg-slate-200/70 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {entry.label}
              {entry.badge && (
                <span className="rounded-full bg-amber-400 px-1.5 text-[11px] font-semibold leading-4 text-amber-950">
                  {entry.badge}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      {aside}
    </nav>
  );
}

export function SectionHeading({ title, description, id }: { title: string; description?: string; id?: string }) {
  return (
    <div id={id} className="scroll-mt-16">
      <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
      {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
    </div>
  );
}
