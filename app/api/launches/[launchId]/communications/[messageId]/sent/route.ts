import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { markSent } from "@/lib/comms/mark-sent";

export const POST = handleRoute<{ launchId: string; messageId: string }>(async (_request, { launchId, messageId }) => {
  const actor = await requireApiActor();
  return json(await markSent({ actor, launchId, messageId }));
});
