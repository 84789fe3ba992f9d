import { serve } from "@/lib/api/serve";
import { createLaunchRoute, listLaunchesRoute } from "@/lib/api/routes/launches";
import { listLaunches } from "@/lib/launches/list-launches";
import { createLaunch } from "@/lib/launches/create-launch";

export const GET = serve(listLaunchesRoute, async (input) => ({ launches: await listLaunches(input) }));
export const POST = serve(createLaunchRoute, (input) => createLaunch({ ...input, source: "api" }));
