import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";

export const POST = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await rotateMetricsToken({ actor, launchId }), 201);
});
