import type { ReactNode } from "react";
import { card } from "@/components/checkpoints/look";

/** A titled card of the checkpoints page; `action` sits top right (a button for those allowed). */
export function Panel({
  title,
  description,
  action,
  children,
  testId,
  className = "",
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <section className={`${card} min-w-0 p-4 sm:p-5 ${className}`} data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{title}</h3>
          {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {action}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}
