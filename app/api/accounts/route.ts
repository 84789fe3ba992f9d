import { serve } from "@/lib/api/serve";
import { createAccountRoute, listAccountsRoute } from "@/lib/api/routes/accounts";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { createAccount } from "@/lib/accounts/create-account";

export const GET = serve(listAccountsRoute, async (input) => ({ accounts: await listAccounts(input) }));
export const POST = serve(createAccountRoute, createAccount);
