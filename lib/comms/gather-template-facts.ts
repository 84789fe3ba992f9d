import type { Tx } from "@/lib/db";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { formatDayTime } from "@/components/checklists/zoned-time";
import type { TemplateFacts } from "@/lib/comms/render-template";

/** The launch as a planned message describes it right now: status, forecast, latest checkpoint, open incidents. */
export async function gatherTemplateFacts(tx: Tx, launchId: string): Promise<TemplateFacts> {
  const [launch, steps, checkpoint, incidents] = await Promise.all([
    tx.launch.findUniqueOrThrow({ where: { id: launchId }, select: { name: true, status: true, goLiveAt: true, timezone: true } }),
    tx.timelineStep.findMany({ where: { launchId, deletedAt: null }, orderBy: { position: "asc" }, select: stepViewSelect }),
    tx.checkpointReport.findFirst({ where: { launchId }, orderBy: [{ submittedAt: "desc" }], select: { number: true, assessment: true, decision: true } }),
    tx.incident.findMany({ where: { launchId, status: { not: "resolved" } }, select: { title: true, severity: true } }),
  ]);
  const goLive = buildTimelineForecast(steps.map(stepView), launch.goLiveAt?.toISOString() ?? null, new Date()).goLive;
  const variance = goLive.varianceMinutes ? ` (${Math.abs(goLive.varianceMinutes)} min ${goLive.varianceMinutes > 0 ? "late" : "early"})` : "";
  return {
    launch: launch.name,
    status: launch.status.replace("_", " "),
    forecast: goLive.forecast ? `go-live ${formatDayTime(goLive.forecast, launch.timezone, true)}${variance}` : "no forecast yet",
    latestCheckpoint: checkpoint ? `checkpoint ${checkpoint.number}: ${checkpoint.assessment}, ${checkpoint.decision}` : "no checkpoint yet",
    openIncidents: incidents.length ? incidents.map((i) => `${i.title} (${i.severity})`).join("; ") : "none",
  };
}
