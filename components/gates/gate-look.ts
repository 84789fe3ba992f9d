import type { GateRoundData } from "@/lib/audit/event-types";
import { formatDayTime, formatTime } from "@/lib/time/zoned";

type Decision = NonNullable<GateRoundData["decision"]>;
type Verdict = "go" | "no_go";

/** One colour per outcome, everywhere: GO green, NO-GO red, HOLD amber. */
export const decisionLook: Record<
  Decision,
  { label: string; verb: string; solid: string; soft: string; button: string }
> = {
  go: {
    label: "GO",
    verb: "approved by",
    solid: "bg-emerald-700 text-white",
    soft: "bg-emerald-50 text-emerald-900 ring-emerald-600/25 dark:bg-emerald-950/60 dark:text-emerald-100 dark:ring-emerald-400/30",
    button:
      "bg-emerald-700 text-white hover:bg-emerald-800 active:bg-emerald-900 dark:bg-emerald-700 dark:hover:bg-emerald-600",
  },
  no_go: {
    label: "NO-GO",
    verb: "stopped by",
    solid: "bg-red-600 text-white dark:bg-red-700",
    soft: "bg-red-50 text-red-900 ring-red-600/25 dark:bg-red-950/60 dark:text-red-100 dark:ring-red-400/30",
    button: "bg-red-600 text-white hover:bg-red-500 active:bg-red-700 dark:bg-red-600 dark:hover:bg-red-500",
  },
  hold: {
    label: "HOLD",
    verb: "put on hold by",
    solid: "bg-amber-500 text-amber-950 dark:bg-amber-500",
    soft: "bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950/60 dark:text-amber-100 dark:ring-amber-400/30",
    button: "bg-amber-400 text-amber-950 hover:bg-amber-300 active:bg-amber-500",
  },
};

export const verdictLook = (verdict: Verdict) => decisionLook[verdict];

/** A small solid pill: GO / NO-GO / HOLD. */
export function outcomePill(outcome: Decision) {
  return `inline-flex items-center rounded px-1.5 py-px text-[11px] font-bold tracking-wide ${decisionLook[outcome].solid}`;
}

/** "05:31" on the launch's clock (times on the day are read in the launch's zone). */
export const clock = (iso: string, timeZone: string) => formatTime(iso, timeZone);
/** "Sat 28 Nov, 05:31 CET", for a tooltip. */
export const fullTime = (iso: string, timeZone: string) => formatDayTime(iso, timeZone, true);

/** A step's planned time: "Sat 02:00". */
export const formatStepTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone }).format(
    new Date(iso),
  );
