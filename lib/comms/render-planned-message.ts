import type { Tx } from "@/lib/db";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { checkpointSelect, checkpointView, metricSelect, metricView } from "@/lib/checkpoints/views";
import { incidentSelect, incidentView } from "@/lib/incidents/incident-view";
import { formatDayTime } from "@/lib/time/zoned";
import { fillPlaceholders, statusText } from "@/lib/report/status-update";
import { renderTemplate } from "@/lib/comms/render-template";

/**
 * A planned message's template as it reads right now. {launch}, {status} and {metrics} are filled
 * exactly as the communications plan previews them (lib/report/status-update); {forecast},
 * {latest_checkpoint} and {open_incidents} come from the timeline forecast, checkpoints and incidents.
 */
export async function renderPlannedMessage(tx: Tx, launchId: string, template: string): Promise<string> {
  const launch = await tx.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      name: true,
      status: true,
      goLiveAt: true,
      timezone: true,
      steps: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: stepViewSelect },
      metrics: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: metricSelect },
      checkpoints: { orderBy: [{ number: "asc" }, { version: "asc" }], select: checkpointSelect },
      incidents: { orderBy: { openedAt: "asc" }, select: incidentSelect },
    },
  });
  const input = {
    name: launch.name,
    status: launch.status,
    timezone: launch.timezone,
    metrics: launch.metrics.map(metricView),
    checkpoints: launch.checkpoints.map(checkpointView),
    incidents: launch.incidents.map(incidentView),
  };
  const goLive = buildTimelineForecast(
    launch.steps.map(stepView),
    launch.goLiveAt?.toISOString() ?? null,
    new Date(),
  ).goLive;
  const variance = goLive.varianceMinutes
    ? ` (${Math.abs(goLive.varianceMinutes)} min ${goLive.varianceMinutes > 0 ? "late" : "early"})`
    : "";
  const open = input.incidents.filter((incident) => incident.status !== "resolved");
  return renderTemplate(fillPlaceholders(template, input), {
    launch: launch.name,
    status: statusText(input),
    forecast: goLive.forecast
      ? `go-live ${formatDayTime(goLive.forecast, launch.timezone, true)}${variance}`
      : "no forecast yet",
    latestCheckpoint: input.checkpoints.length
      ? (statusText(input).split(" — ")[1] ?? "no checkpoint yet")
      : "no checkpoint yet",
    openIncidents: open.length ? open.map((i) => `${i.title} (${i.severity})`).join("; ") : "none",
  });
}
