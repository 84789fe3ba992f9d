import { serve } from "@/lib/api/serve";
import { changeLaunchStatusRoute } from "@/lib/api/routes/launches";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";

export const POST = serve(changeLaunchStatusRoute, changeLaunchStatus);
