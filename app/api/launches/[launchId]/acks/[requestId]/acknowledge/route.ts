import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { acknowledge } from "@/lib/gates/acknowledge";

export const POST = handleRoute<{ launchId: string; requestId: string }>(async (_request, { launchId, requestId }) => {
  const actor = await requireApiActor();
  return json(await acknowledge({ actor, launchId, requestId }));
});
