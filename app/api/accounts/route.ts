import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { createAccount } from "@/lib/accounts/create-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { createAccountInput } from "@/lib/accounts/schemas";

export const GET = handleRoute(async () => {
  const actor = await requireApiActor();
  return json({ accounts: await listAccounts({ actor }) });
});

export const POST = handleRoute(async (request) => {
  const actor = await requireApiActor();
  const input = createAccountInput.parse(await readJson(request));
  return json(await createAccount({ actor, ...input }), 201);
});
