import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateIncident } from "@/lib/incidents/update-incident";
import { updateIncidentInput } from "@/lib/incidents/schemas";

export const PATCH = handleRoute<{ launchId: string; incidentId: string }>(async (request, { launchId, incidentId }) => {
  const actor = await requireApiActor();
  const input = updateIncidentInput.parse(await readJson(request));
  return json(await updateIncident({ actor, launchId, incidentId, ...input }));
});
