import { serve } from "@/lib/api/serve";
import { sendTestRoute } from "@/lib/api/routes/integrations";
import { sendTest } from "@/lib/outbound/send-test";

export const POST = serve(sendTestRoute, sendTest);
