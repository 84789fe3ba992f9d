import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateGate } from "@/lib/gates/update-gate";
import { deleteGate } from "@/lib/gates/delete-gate";
import { updateGateInput } from "@/lib/gates/schemas";

type Params = { launchId: string; gateId: string };

export const PATCH = handleRoute<Params>(async (request, { launchId, gateId }) => {
  const actor = await requireApiActor();
  const input = updateGateInput.parse(await readJson(request));
  return json(await updateGate({ actor, launchId, gateId, ...input }));
});

export const DELETE = handleRoute<Params>(async (_request, { launchId, gateId }) => {
  const actor = await requireApiActor();
  return json(await deleteGate({ actor, launchId, gateId }));
});
