import { serve } from "@/lib/api/serve";
import { getTimelineRoute } from "@/lib/api/routes/timeline";
import { getTimeline } from "@/lib/timeline/get-timeline";

export const GET = serve(getTimelineRoute, getTimeline);
