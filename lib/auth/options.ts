import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { signIn } from "@/lib/auth/sign-in";
import { disconnectSession } from "@/lib/realtime/disconnect-session";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => signIn(credentials),
    }),
  ],
  events: {
    signOut({ token }) {
      if (token?.sub) disconnectSession({ userId: token.sub, sessionId: token.sid });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const actor = user as unknown as { id: string; isAdmin: boolean };
        token.sub = actor.id;
        token.isAdmin = actor.isAdmin;
        // Names this browser session, so signing out can close its live connections (on every instance).
        token.sid = randomUUID();
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
      return session;
    },
  },
};
