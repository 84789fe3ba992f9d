import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listChannels } from "@/lib/outbound/list-channels";
import { saveChannel } from "@/lib/outbound/save-channel";
import { saveChannelInput } from "@/lib/outbound/schemas";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json({ channels: await listChannels({ actor, launchId }) });
});

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveChannelInput.parse(await readJson(request));
  return json(await saveChannel({ actor, launchId, ...input }), input.id ? 200 : 201);
});
