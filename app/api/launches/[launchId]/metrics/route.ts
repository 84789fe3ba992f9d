import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { saveMetricInput } from "@/lib/checkpoints/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveMetricInput.parse(await readJson(request));
  return json(await saveMetric({ actor, launchId, ...input }), input.id ? 200 : 201);
});
