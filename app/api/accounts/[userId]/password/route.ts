import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { currentOrigin, requireSessionActor } from "@/lib/auth/session";
import { resetPassword } from "@/lib/accounts/reset-password";
import { resetPasswordInput } from "@/lib/accounts/schemas";

export const POST = handleRoute<{ userId: string }>(async (request, { userId }) => {
  const actor = await requireSessionActor();
  const input = resetPasswordInput.parse(await readJson(request));
  return json(await resetPassword({ actor, origin: currentOrigin(), userId, ...input }));
});
