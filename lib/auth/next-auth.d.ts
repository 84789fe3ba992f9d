import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; isAdmin: boolean };
    /** When this session was signed in (seconds): sessions older than a password change are void. */
    issuedAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    isAdmin?: boolean;
    /** This browser session's id (set at sign-in), so sign-out can close its sockets. */
    sid?: string;
    signedInAt?: number;
  }
}
