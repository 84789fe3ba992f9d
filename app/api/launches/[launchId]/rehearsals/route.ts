import { serve } from "@/lib/api/serve";
import { linkRehearsalsRoute } from "@/lib/api/routes/timeline";
import { linkRehearsals } from "@/lib/timeline/link-rehearsals";

export const POST = serve(linkRehearsalsRoute, linkRehearsals);
