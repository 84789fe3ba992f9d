import { serve } from "@/lib/api/serve";
import { saveCommunicationRoute } from "@/lib/api/routes/incidents";
import { saveCommunication } from "@/lib/comms/save-communication";

export const POST = serve(saveCommunicationRoute, saveCommunication);
