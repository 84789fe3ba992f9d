import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signIn } from "@/lib/auth/sign-in";
import { servedOverHttps } from "@/lib/http/security-headers";
import { requestOrigin } from "@/lib/http/client-address";

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
        return signIn(credentials, requestOrigin((name) => headers[name]));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const actor = user as unknown as { id: string; isAdmin: boolean };
        token.sub = actor.id;
        token.isAdmin = actor.isAdmin;
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
