"use client";

import { useDisplayZone, type ZoneChoice } from "@/components/ui/use-display-zone";
import { zoneAbbreviation } from "@/lib/time/zoned";

/** Launch's zone or mine: which clock every time on the launch's pages is shown in. */
export function ZoneSwitch({ launchZone, now }: { launchZone: string; now: number | null }) {
  const { choice, choose, viewerZone } = useDisplayZone(launchZone);
  // Before hydration the viewer's zone is unknown; the same zone twice needs no switch.
  if (!viewerZone || viewerZone === launchZone) return null;
  const at = new Date(now ?? 0).toISOString();
  const option = (value: ZoneChoice, label: string, zone: string) => (
    <button
      type="button"
      aria-pressed={choice === value}
      onClick={() => choose(value)}
      data-testid={`zone-${value}`}
      title={zone}
      className={`rounded px-2 py-0.5 font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
        choice === value
          ? "bg-slate-800 text-white dark:bg-slate-100 dark:text-slate-900"
          : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      }`}
    >
      {label} · {zoneAbbreviation(at, zone)}
    </button>
  );
  return (
    <div
      role="group"
      aria-label="Show times in"
      data-testid="zone-switch"
      className="inline-flex items-center gap-1 rounded-md border border-slate-200 bg-white p-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
    >
      <span className="px-1 text-slate-600 dark:text-slate-300">Times</span>
      {option("launch", "Launch", launchZone)}
      {option("mine", "Mine", viewerZone)}
    </div>
  );
}
