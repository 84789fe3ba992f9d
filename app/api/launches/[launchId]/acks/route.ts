import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { requestAck } from "@/lib/gates/request-ack";
import { requestAckInput } from "@/lib/gates/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = requestAckInput.parse(await readJson(request));
  return json(await requestAck({ actor, launchId, ...input }), 201);
});
