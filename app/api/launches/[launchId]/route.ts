import { serve } from "@/lib/api/serve";
import { getLaunchRoute, updateLaunchRoute } from "@/lib/api/routes/launches";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { updateLaunch } from "@/lib/launches/update-launch";

export const GET = serve(getLaunchRoute, getLaunchSnapshot);
export const PATCH = serve(updateLaunchRoute, updateLaunch);
