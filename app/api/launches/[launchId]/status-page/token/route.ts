import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { rotateStatusToken } from "@/lib/status-page/rotate-status-token";

export const POST = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await rotateStatusToken({ actor, launchId }), 201);
});
