import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { listLaunches } from "@/lib/launches/list-launches";
import { createLaunch } from "@/lib/launches/create-launch";
import { createLaunchInput } from "@/lib/launches/schemas";

export const GET = handleRoute(async () => {
  const actor = await requireApiActor();
  return json({ launches: await listLaunches({ actor }) });
});

export const POST = handleRoute(async (request) => {
  const actor = await requireApiActor();
  const input = createLaunchInput.parse(await readJson(request));
  return json(await createLaunch({ actor, ...input, source: "api" }), 201);
});
