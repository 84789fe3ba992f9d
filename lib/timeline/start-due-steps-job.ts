import { z } from "zod";
import { getDb } from "@/lib/db";
import { defineJob } from "@/lib/jobs/define-job";
import { getJobQueue } from "@/lib/jobs/jobs";
import { startDueSteps } from "@/lib/timeline/start-due-steps";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";

// How far ahead each sweep looks for fixed starts: more than the sweep's own period (one minute), so
// every fixed start gets its own job at its exact time.
const LOOK_AHEAD_MS = 2 * 60_000;

/**
 * Timed auto-start, on the job queue so that with several instances each run happens once. A recurring
 * sweep (every minute) starts whatever is due and books a one-off run at the exact planned time of each
 * fixed start coming up; the one-off run (keyed by step and time, so booking it twice is a no-op) starts
 * it on the dot. Starting is idempotent anyway: it runs under the launch's lock and only from "pending".
 */
export const startDueStepsJob = defineJob({
  name: "timeline.start-due-steps",
  data: z.object({ sweep: z.boolean().default(false) }),
  run: async ({ sweep }) => {
    await startDueSteps();
    if (sweep) await bookUpcomingFixedStarts(new Date());
  },
});

async function bookUpcomingFixedStarts(now: Date) {
  const steps = await getDb().timelineStep.findMany({
    where: {
      autoStart: true,
      fixedStart: true,
      pointOfNoReturn: false,
      status: "pending",
      deletedAt: null,
      launch: { archivedAt: null },
    },
    select: { id: true, plannedStart: true, plannedOffsetMinutes: true, launch: { select: { goLiveAt: true } } },
  });
  for (const step of steps) {
    const planned = plannedStartOf(
      { plannedStart: step.plannedStart?.toISOString() ?? null, plannedOffsetMinutes: step.plannedOffsetMinutes },
      step.launch.goLiveAt?.toISOString() ?? null,
    );
    if (!planned || planned <= now || planned.getTime() - now.getTime() > LOOK_AHEAD_MS) continue;
    await getJobQueue().schedule(
      startDueStepsJob,
      { sweep: false },
      { at: planned, key: `fixed-${step.id}-${planned.getTime()}` },
    );
  }
}
