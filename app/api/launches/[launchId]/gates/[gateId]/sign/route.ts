import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { signGate } from "@/lib/gates/sign-gate";
import { signOffInput } from "@/lib/gates/schemas";

export const POST = handleRoute<{ launchId: string; gateId: string }>(async (request, { launchId, gateId }) => {
  const actor = await requireApiActor();
  const input = signOffInput.parse(await readJson(request));
  return json(await signGate({ actor, launchId, gateId, ...input }));
});
