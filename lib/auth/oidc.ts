import type { OAuthConfig } from "next-auth/providers/oauth";

type OidcProfile = { sub: string; email?: string; name?: string; preferred_username?: string };

/** The company identity provider (OpenID Connect) from OIDC_* variables, or null when not configured. */
export function oidcSettings() {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, name: process.env.OIDC_NAME || "Single sign-on" };
}

export function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const settings = oidcSettings();
  if (!settings) return null;
  return {
    id: "oidc",
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // The account is matched (and on first sign-in created) by the ID token's email.
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email?.trim().toLowerCase() ?? null,
      name: profile.name ?? profile.preferred_username ?? profile.email ?? "",
    }),
  };
}
