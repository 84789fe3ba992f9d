import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { currentOrigin, requireSessionActor } from "@/lib/auth/session";
import { changePassword } from "@/lib/accounts/change-password";
import { changePasswordInput } from "@/lib/accounts/schemas";

export const POST = handleRoute(async (request) => {
  const actor = await requireSessionActor();
  const input = changePasswordInput.parse(await readJson(request));
  return json(await changePassword({ actor, origin: currentOrigin(), ...input }));
});
