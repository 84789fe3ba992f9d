import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { signIn } from "@/lib/auth/sign-in";
import { disconnectSession } from "@/lib/realtime/disconnect-session";
import { servedOverHttps } from "@/lib/http/security-headers";
import { requestOrigin, type RequestOrigin } from "@/lib/http/client-address";
import { oidcProvider } from "@/lib/auth/oidc";
import { provisionOidcAccount } from "@/lib/auth/provision-oidc-account";
import { getDb } from "@/lib/db";
import { headers } from "next/headers";

// next-auth gives OAuth callbacks no request; inside the route handler Next's headers() has it.
async function currentRequestOrigin(): Promise<RequestOrigin> {
  try {
    const list = await headers();
    return requestOrigin((name) => list.get(name));
  } catch {
    return { ip: "unknown", userAgent: "" };
  }
}

const oidc = oidcProvider();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  // `Secure` (and the __Secure- prefix) whenever the public URL is https, also behind a TLS proxy.
  useSecureCookies: servedOverHttps(),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => {
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        return signIn(
          credentials,
          requestOrigin((name) => headers[name]),
        );
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  events: {
    signOut({ token }) {
      if (token?.sub) disconnectSession({ userId: token.sub, sessionId: token.sid });
    },
  },
  callbacks: {
    // Single sign-on: the first sign-in creates the account; a deactivated one is refused.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(
        await provisionOidcAccount({ email: user.email, name: user.name, origin: await currentRequestOrigin() }),
      );
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "oidc") {
        // Our own account id, not the identity provider's subject.
        const own = await getDb().user.findUniqueOrThrow({ where: { email: user.email!.trim().toLowerCase() } });
        Object.assign(user, { id: own.id, isAdmin: own.isAdmin, name: own.name, email: own.email });
        token.name = own.name;
        token.email = own.email;
      }
      if (user) {
        const actor = user as unknown as { id: string; isAdmin: boolean };
        token.sub = actor.id;
        token.isAdmin = actor.isAdmin;
        // Names this browser session, so signing out can close its live connections (on every instance).
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        isAdmin: Boolean(token.isAdmin),
      };
      session.issuedAt = token.signedInAt;
      return session;
    },
  },
};
