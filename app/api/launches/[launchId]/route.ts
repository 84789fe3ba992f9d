import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { updateLaunch } from "@/lib/launches/update-launch";
import { updateLaunchInput } from "@/lib/launches/schemas";

type Params = { launchId: string };

export const GET = handleRoute<Params>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await getLaunchSnapshot({ actor, launchId }));
});

export const PATCH = handleRoute<Params>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = updateLaunchInput.parse(await readJson(request));
  return json(await updateLaunch({ actor, launchId, ...input }));
});
