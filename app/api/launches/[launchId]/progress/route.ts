import { serve } from "@/lib/api/serve";
import { getLaunchProgressRoute } from "@/lib/api/routes/checklist";
import { getLaunchProgress } from "@/lib/checklists/get-launch-progress";

export const GET = serve(getLaunchProgressRoute, getLaunchProgress);
