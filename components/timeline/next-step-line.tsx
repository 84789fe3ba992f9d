import type { NextStepCountdown } from "@/lib/timeline/countdown";
import { formatTimeWithZone } from "@/lib/time/zoned";

/** "Next: Review at 15:34 CET · in 09:39": the same next step and time the war room and the wall show. */
export function NextStepLine({ next, timeZone }: { next: NextStepCountdown | null; timeZone: string }) {
  if (!next) return null;
  return (
    <p
      className="mt-1 truncate text-sm tabular-nums text-slate-600 dark:text-slate-300"
      data-testid="next-step"
      data-step-id={next.step.id}
      data-at={next.at}
      suppressHydrationWarning
    >
      Next step: <span className="font-semibold">{next.step.title}</span> at{" "}
      <span data-testid="next-step-time">{formatTimeWithZone(next.at, timeZone)}</span> ·{" "}
      {next.overdue ? `due, waiting ${next.clock.slice(1)}` : `in ${next.clock}`}
    </p>
  );
}
