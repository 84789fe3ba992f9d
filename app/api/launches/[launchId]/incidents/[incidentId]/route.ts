import { serve } from "@/lib/api/serve";
import { updateIncidentRoute } from "@/lib/api/routes/incidents";
import { updateIncident } from "@/lib/incidents/update-incident";

export const PATCH = serve(updateIncidentRoute, updateIncident);
