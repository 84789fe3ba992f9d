import { serve } from "@/lib/api/serve";
import { listEventsRoute } from "@/lib/api/routes/activity";
import { listEvents } from "@/lib/audit/list-events";

export const GET = serve(listEventsRoute, listEvents);
