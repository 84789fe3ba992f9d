import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { changeLaunchStatusInput } from "@/lib/launches/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = changeLaunchStatusInput.parse(await readJson(request));
  return json(await changeLaunchStatus({ actor, launchId, ...input }));
});
