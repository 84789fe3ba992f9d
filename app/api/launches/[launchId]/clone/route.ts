import { serve } from "@/lib/api/serve";
import { cloneLaunchRoute } from "@/lib/api/routes/launches";
import { cloneLaunch } from "@/lib/launches/clone-launch";

export const POST = serve(cloneLaunchRoute, cloneLaunch);
