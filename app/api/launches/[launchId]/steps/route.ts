import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { createStep } from "@/lib/timeline/create-step";
import { createStepInput } from "@/lib/timeline/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = createStepInput.parse(await readJson(request));
  return json(await createStep({ actor, launchId, ...input }), 201);
});
