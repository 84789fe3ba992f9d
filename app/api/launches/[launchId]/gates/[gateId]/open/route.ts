import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { openGateRound } from "@/lib/gates/open-gate-round";

export const POST = handleRoute<{ launchId: string; gateId: string }>(async (_request, { launchId, gateId }) => {
  const actor = await requireApiActor();
  return json(await openGateRound({ actor, launchId, gateId }));
});
