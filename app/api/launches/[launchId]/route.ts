import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await getLaunchSnapshot({ actor, launchId }));
});
