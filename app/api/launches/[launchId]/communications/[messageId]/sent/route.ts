import { serve } from "@/lib/api/serve";
import { markSentRoute } from "@/lib/api/routes/incidents";
import { markSent } from "@/lib/comms/mark-sent";

export const POST = serve(markSentRoute, markSent);
