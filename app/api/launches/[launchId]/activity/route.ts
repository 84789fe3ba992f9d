import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { parseQuery } from "@/lib/http/parse-query";
import { activityQuery } from "@/lib/audit/schemas";
import { listActivity } from "@/lib/audit/list-activity";

export const GET = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await listActivity({ actor, launchId, ...parseQuery(request, activityQuery) }));
});
