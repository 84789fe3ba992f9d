import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { linkRehearsals } from "@/lib/timeline/link-rehearsals";
import { linkRehearsalsInput } from "@/lib/timeline/schemas";

// POST …/rehearsals { rehearsalIds } — the rehearsals whose actuals calibrate the forecast (lead).
export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = linkRehearsalsInput.parse(await readJson(request));
  return json(await linkRehearsals({ actor, launchId, ...input }));
});
