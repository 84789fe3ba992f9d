import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { createGate } from "@/lib/gates/create-gate";
import { createGateInput } from "@/lib/gates/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = createGateInput.parse(await readJson(request));
  return json(await createGate({ actor, launchId, ...input }), 201);
});
