import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateStep } from "@/lib/timeline/update-step";
import { deleteStep } from "@/lib/timeline/delete-step";
import { updateStepInput } from "@/lib/timeline/schemas";

type Params = { launchId: string; stepId: string };

export const PATCH = handleRoute<Params>(async (request, { launchId, stepId }) => {
  const actor = await requireApiActor();
  const input = updateStepInput.parse(await readJson(request));
  return json(await updateStep({ actor, launchId, stepId, ...input }));
});

export const DELETE = handleRoute<Params>(async (_request, { launchId, stepId }) => {
  const actor = await requireApiActor();
  return json(await deleteStep({ actor, launchId, stepId }));
});
