import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { cloneLaunch } from "@/lib/launches/clone-launch";
import { cloneLaunchInput } from "@/lib/launches/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = cloneLaunchInput.parse(await readJson(request));
  return json(await cloneLaunch({ actor, launchId, ...input }), 201);
});
