import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { openIncident } from "@/lib/incidents/open-incident";
import { openIncidentInput } from "@/lib/incidents/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = openIncidentInput.parse(await readJson(request));
  return json(await openIncident({ actor, launchId, ...input }), 201);
});
