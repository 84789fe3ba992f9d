import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { decideGate } from "@/lib/gates/decide-gate";
import { decideGateInput } from "@/lib/gates/schemas";

export const POST = handleRoute<{ launchId: string; gateId: string }>(async (request, { launchId, gateId }) => {
  const actor = await requireApiActor();
  const input = decideGateInput.parse(await readJson(request));
  return json(await decideGate({ actor, launchId, gateId, ...input }));
});
