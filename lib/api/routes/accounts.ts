import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import {
  changePasswordInput,
  createAccountInput,
  resetPasswordInput,
  setAccountActiveInput,
  updateInstanceSettingsInput,
} from "@/lib/accounts/schemas";

export const listAccountsRoute = defineRoute({
  method: "GET",
  path: "/api/accounts",
  operationId: "listAccounts",
  tag: "Accounts",
  summary: "All accounts (instance admin)",
  response: z.object({ accounts: z.array(api.accountBody) }),
  errors: ["forbidden"],
});

export const createAccountRoute = defineRoute({
  method: "POST",
  path: "/api/accounts",
  operationId: "createAccount",
  tag: "Accounts",
  summary: "Create an account (instance admin)",
  body: createAccountInput,
  status: 201,
  response: api.accountBody,
  errors: ["forbidden", "conflict"],
});

export const setAccountActiveRoute = defineRoute({
  method: "PATCH",
  path: "/api/accounts/{userId}",
  operationId: "setAccountActive",
  tag: "Accounts",
  auth: "sessionOnly",
  summary:
    "Deactivate (active: false) or reactivate an account; its sessions, tokens and sockets stop at once (instance admin)",
  body: setAccountActiveInput,
  response: api.accountStatusBody,
});

export const resetPasswordRoute = defineRoute({
  method: "POST",
  path: "/api/accounts/{userId}/password",
  operationId: "resetPassword",
  tag: "Accounts",
  auth: "sessionOnly",
  summary: "Reset someone's password; their sessions end (instance admin)",
  body: resetPasswordInput,
  response: z.object({ reset: z.boolean() }),
});

export const changePasswordRoute = defineRoute({
  method: "POST",
  path: "/api/account/password",
  operationId: "changePassword",
  tag: "Accounts",
  auth: "sessionOnly",
  summary: "Change your own password; every session signed in before ends",
  body: changePasswordInput,
  response: z.object({ changed: z.boolean() }),
});

export const getSettingsRoute = defineRoute({
  method: "GET",
  path: "/api/settings",
  operationId: "getInstanceSettings",
  tag: "Accounts",
  auth: "sessionOnly",
  summary: "Instance settings: whether password sign-in is on, and the single sign-on provider's name",
  response: api.instanceSettingsBody,
});

export const updateSettingsRoute = defineRoute({
  method: "PATCH",
  path: "/api/settings",
  operationId: "updateInstanceSettings",
  tag: "Accounts",
  auth: "sessionOnly",
  summary: "Turn password sign-in off (single sign-on only) or on (instance admin)",
  body: updateInstanceSettingsInput,
  response: api.instanceSettingsBody,
});
