import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { saveTriggerInput } from "@/lib/checkpoints/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveTriggerInput.parse(await readJson(request));
  return json(await saveTrigger({ actor, launchId, ...input }), input.id ? 200 : 201);
});
