import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { deleteMetric } from "@/lib/checkpoints/delete-metric";

export const DELETE = handleRoute<{ launchId: string; metricId: string }>(async (_request, { launchId, metricId }) => {
  const actor = await requireApiActor();
  return json(await deleteMetric({ actor, launchId, metricId }));
});
