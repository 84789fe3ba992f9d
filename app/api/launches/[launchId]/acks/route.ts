import { serve } from "@/lib/api/serve";
import { requestAckRoute } from "@/lib/api/routes/gates";
import { requestAck } from "@/lib/gates/request-ack";

export const POST = serve(requestAckRoute, requestAck);
