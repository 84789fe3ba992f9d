import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { runStep } from "@/lib/timeline/run-step";
import { runStepInput, stepActionSchema } from "@/lib/timeline/schemas";
import { AppError } from "@/lib/errors";

// POST …/steps/:stepId/start | complete | skip | fail | reopen — what a deployment pipeline calls.
export const POST = handleRoute<{ launchId: string; stepId: string; action: string }>(async (request, { launchId, stepId, action }) => {
  const actor = await requireApiActor();
  const parsedAction = stepActionSchema.safeParse(action);
  if (!parsedAction.success) throw new AppError("not_found", `There is no step action "${action}"; use start, complete, skip, fail or reopen.`);
  const input = runStepInput.parse(await readJson(request, { optional: true }));
  return json(await runStep({ actor, launchId, stepId, action: parsedAction.data, ...input }));
});
