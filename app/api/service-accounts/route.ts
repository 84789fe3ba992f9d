import { serve } from "@/lib/api/serve";
import { createServiceAccountRoute } from "@/lib/api/routes/tokens";
import { createServiceAccount } from "@/lib/accounts/create-service-account";

export const POST = serve(createServiceAccountRoute, createServiceAccount);
