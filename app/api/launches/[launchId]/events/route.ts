import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { parseQuery } from "@/lib/http/parse-query";
import { listEventsQuery } from "@/lib/audit/schemas";
import { listEvents } from "@/lib/audit/list-events";

export const GET = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  return json(await listEvents({ actor, launchId, ...parseQuery(request, listEventsQuery) }));
});
