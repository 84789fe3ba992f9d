import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireSessionActor } from "@/lib/auth/session";
import { createServiceAccount } from "@/lib/accounts/create-service-account";
import { createServiceAccountInput } from "@/lib/tokens/schemas";

export const POST = handleRoute(async (request) => {
  const actor = await requireSessionActor();
  const input = createServiceAccountInput.parse(await readJson(request));
  return json(await createServiceAccount({ actor, ...input }), 201);
});
