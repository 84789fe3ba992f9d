import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAdmin } from "@/lib/accounts/create-account";
import { oidcSettings } from "@/lib/auth/oidc";
import { updateInstanceSettingsInput } from "@/lib/accounts/schemas";

// The input schema lives with the other account schemas, where the (browser-side) route definitions read it.
export { updateInstanceSettingsInput };

/** Instance-wide settings; password sign-in can be off only while single sign-on is configured. */
export async function getInstanceSettings() {
  const row = await getDb().instanceSetting.findUnique({ where: { id: "instance" } });
  const sso = oidcSettings();
  return { passwordSignIn: !sso || (row?.passwordSignIn ?? true), sso: sso ? { name: sso.name } : null };
}

export async function updateInstanceSettings({ actor, passwordSignIn }: { actor: Actor; passwordSignIn: boolean }) {
  await requireAdmin(actor);
  if (!passwordSignIn && !oidcSettings()) {
    throw new AppError(
      "invalid",
      "Configure single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET) before turning off password sign-in.",
    );
  }
  await getDb().instanceSetting.upsert({
    where: { id: "instance" },
    create: { passwordSignIn },
    update: { passwordSignIn },
  });
  return getInstanceSettings();
}
