import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { submitCheckpointInput } from "@/lib/checkpoints/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = submitCheckpointInput.parse(await readJson(request));
  return json(await submitCheckpoint({ actor, launchId, ...input }), 201);
});
