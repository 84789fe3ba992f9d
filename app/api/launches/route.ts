import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listLaunches } from "@/lib/launches/list-launches";

export const GET = handleRoute(async () => {
  const actor = await requireApiActor();
  return json({ launches: await listLaunches({ actor }) });
});
