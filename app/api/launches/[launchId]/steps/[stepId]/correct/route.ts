import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { correctStepTimes } from "@/lib/timeline/correct-step-times";
import { correctStepInput } from "@/lib/timeline/schemas";

export const POST = handleRoute<{ launchId: string; stepId: string }>(async (request, { launchId, stepId }) => {
  const actor = await requireApiActor();
  const input = correctStepInput.parse(await readJson(request));
  return json(await correctStepTimes({ actor, launchId, stepId, ...input }));
});
