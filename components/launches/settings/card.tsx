import type { ReactNode } from "react";

export function SettingsCard({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      data-testid={testId}
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {description && <p className="mb-4 text-sm text-slate-500">{description}</p>}
      <div className={description ? "" : "mt-4"}>{children}</div>
    </section>
  );
}
