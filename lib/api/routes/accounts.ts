import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { createAccountInput } from "@/lib/accounts/schemas";

export const listAccountsRoute = defineRoute({
  method: "GET", path: "/api/accounts", operationId: "listAccounts", tag: "Accounts", summary: "All accounts (instance admin)",
  response: z.object({ accounts: z.array(api.accountBody) }), errors: ["forbidden"],
});

export const createAccountRoute = defineRoute({
  method: "POST", path: "/api/accounts", operationId: "createAccount", tag: "Accounts", summary: "Create an account (instance admin)",
  body: createAccountInput, status: 201, response: api.accountBody, errors: ["forbidden", "conflict"],
});
