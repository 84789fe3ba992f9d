import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listEventsQuery } from "@/lib/audit/schemas";
import { listEvents } from "@/lib/audit/list-events";

export const GET = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const query = listEventsQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return json(await listEvents({ actor, launchId, ...query }));
});
