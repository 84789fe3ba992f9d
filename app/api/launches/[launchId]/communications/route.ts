import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { saveCommunication } from "@/lib/comms/save-communication";
import { saveCommunicationInput } from "@/lib/comms/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveCommunicationInput.parse(await readJson(request));
  return json(await saveCommunication({ actor, launchId, ...input }), input.id ? 200 : 201);
});
