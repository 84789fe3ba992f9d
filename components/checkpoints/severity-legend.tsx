import type { PlanSeverityLevel } from "@/lib/plans/plan";

const responseText = (minutes: number | null) =>
  minutes === null
    ? null
    : minutes === 0
      ? "respond immediately"
      : `respond within ${minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`}`;

/** The plan's own severity definitions beside the incidents, so whoever logs one picks the right level. */
export function SeverityLegend({ levels }: { levels: PlanSeverityLevel[] }) {
  if (levels.length === 0) return null;
  return (
    <details className="mb-3 text-sm" data-testid="severity-legend" open>
      <summary className="cursor-pointer font-medium">Severity levels (from the plan)</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {levels.map((level) => (
          <div key={level.key} className="contents">
            <dt className="font-semibold">
              {level.key}
              {level.label && level.label !== level.key ? ` · ${level.label}` : ""}
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">
              {[level.meaning, responseText(level.responseMinutes), `logged as ${level.severity}`]
                .filter(Boolean)
                .join(" — ")}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
