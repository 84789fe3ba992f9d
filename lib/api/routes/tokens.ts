import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { createServiceAccountInput, createTokenInput } from "@/lib/tokens/schemas";

// Tokens and accounts are managed from a signed-in session only: an API token cannot mint tokens (403).
const tag = "Tokens";

export const listTokensRoute = defineRoute({
  method: "GET",
  path: "/api/tokens",
  operationId: "listTokens",
  tag,
  auth: "sessionOnly",
  summary: "Your API tokens (an admin: a service account's, with ?userId=), with last use; never the secrets",
  query: z.object({ userId: z.string().optional() }),
  response: z.object({ tokens: z.array(api.tokenBody) }),
  errors: ["not_found"],
});

export const createTokenRoute = defineRoute({
  method: "POST",
  path: "/api/tokens",
  operationId: "createToken",
  tag,
  auth: "sessionOnly",
  summary: "Create an API token (read, or read + write; optional expiry). The secret is in this answer only",
  body: createTokenInput,
  status: 201,
  response: api.createdTokenBody,
  errors: ["not_found"],
});

export const revokeTokenRoute = defineRoute({
  method: "DELETE",
  path: "/api/tokens/{tokenId}",
  operationId: "revokeToken",
  tag,
  auth: "sessionOnly",
  summary: "Revoke an API token; its next request is a 401",
  response: api.tokenBody,
});

export const createServiceAccountRoute = defineRoute({
  method: "POST",
  path: "/api/service-accounts",
  operationId: "createServiceAccount",
  tag,
  auth: "sessionOnly",
  summary: "Create a service account (a non-person account that holds API tokens) (instance admin)",
  body: createServiceAccountInput,
  status: 201,
  response: api.serviceAccountBody,
});
