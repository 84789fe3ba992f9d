import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listProbes } from "@/lib/probes/list-probes";
import { saveProbe } from "@/lib/probes/save-probe";
import { saveProbeInput } from "@/lib/probes/schemas";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await listProbes({ actor, launchId }));
});

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = saveProbeInput.parse(await readJson(request));
  return json(await saveProbe({ actor, launchId, ...input }), 201);
});
