import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { sendTest } from "@/lib/outbound/send-test";

export const POST = handleRoute<{ launchId: string; channelId: string }>(async (_request, { launchId, channelId }) => {
  const actor = await requireApiActor();
  return json(await sendTest({ actor, launchId, channelId }), 202);
});
