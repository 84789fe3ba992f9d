import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listDeliveries } from "@/lib/outbound/list-deliveries";
import { listDeliveriesQuery } from "@/lib/outbound/schemas";

export const GET = handleRoute<{ launchId: string; channelId: string }>(async (request, { launchId, channelId }) => {
  const actor = await requireApiActor();
  return json({
    deliveries: await listDeliveries({ actor, launchId, channelId, ...listDeliveriesQuery.parse(Object.fromEntries(request.nextUrl.searchParams)) }),
  });
});
