import { serve } from "@/lib/api/serve";
import { listActivityRoute } from "@/lib/api/routes/activity";
import { listActivity } from "@/lib/audit/list-activity";

export const GET = serve(listActivityRoute, listActivity);
