import { serve } from "@/lib/api/serve";
import { rotateChannelSecretRoute } from "@/lib/api/routes/integrations";
import { rotateChannelSecret } from "@/lib/outbound/rotate-channel-secret";

export const POST = serve(rotateChannelSecretRoute, rotateChannelSecret);
