import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";

/** The launch's steps with the forecast as of the server's clock, for pipelines and API clients. */
export async function getTimeline({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const [launch, rows] = await Promise.all([
    db.launch.findUniqueOrThrow({ where: { id: launchId }, select: { goLiveAt: true, timezone: true } }),
    db.timelineStep.findMany({
      where: { launchId, deletedAt: null },
      orderBy: { position: "asc" },
      select: stepViewSelect,
    }),
  ]);
  const steps = rows.map(stepView);
  const goLiveAt = launch.goLiveAt?.toISOString() ?? null;
  return { timezone: launch.timezone, goLiveAt, steps, forecast: buildTimelineForecast(steps, goLiveAt, new Date()) };
}
