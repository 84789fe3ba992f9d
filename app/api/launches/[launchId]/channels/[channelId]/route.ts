import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { deleteChannel } from "@/lib/outbound/delete-channel";

export const DELETE = handleRoute<{ launchId: string; channelId: string }>(
  async (_request, { launchId, channelId }) => {
    const actor = await requireApiActor();
    return json(await deleteChannel({ actor, launchId, channelId }));
  },
);
