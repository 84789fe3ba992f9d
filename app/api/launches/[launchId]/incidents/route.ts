import { serve } from "@/lib/api/serve";
import { openIncidentRoute } from "@/lib/api/routes/incidents";
import { openIncident } from "@/lib/incidents/open-incident";

export const POST = serve(openIncidentRoute, openIncident);
