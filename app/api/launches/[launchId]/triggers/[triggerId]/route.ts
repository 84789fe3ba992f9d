import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { deleteTrigger } from "@/lib/checkpoints/delete-trigger";

export const DELETE = handleRoute<{ launchId: string; triggerId: string }>(async (_request, { launchId, triggerId }) => {
  const actor = await requireApiActor();
  return json(await deleteTrigger({ actor, launchId, triggerId }));
});
