import { z } from "zod";

// Every environment variable the app reads, parsed once. server.ts fills DATABASE_URL (embedded
// PostgreSQL) and a development NEXTAUTH_SECRET before anything reads this.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).optional(),
    NEXTAUTH_SECRET: z.string().min(1).optional(),
    /** AES-256-GCM key for channel secrets at rest: 32 bytes, base64. Unset: derived from NEXTAUTH_SECRET (HKDF). */
    LAUNCH_CONTROL_SECRET_KEY: z
      .string()
      .refine(
        (value) => Buffer.from(value, "base64").length === 32,
        "32 random bytes, base64 (openssl rand -base64 32).",
      )
      .optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
    DATA_DIR: z.string().default(".data"),
    SEED_DEMO: z.enum(["auto", "always", "never"]).default("auto"),
    // How socket.io reaches sockets on other instances sharing the database. PostgreSQL by default, even
    // on the embedded database (another instance may attach to it): it costs one instance about nothing
    // (npm run bench:scaleout). memory: one instance only.
    REALTIME_ADAPTER: z.enum(["postgres", "memory"]).default("postgres"),
    /** Single sign-on with an OpenID Connect provider: all three set, or none. */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Single sign-on"),
    /** "true" behind a reverse proxy: client addresses are read from X-Forwarded-For. */
    TRUST_PROXY: z.enum(["true", "false"]).default("false"),
    // Outbound messages (lib/outbound). SMTP_URL e.g. smtp://user:pass@mail.example.com:587; unset: email channels fail with a clear error.
    SMTP_URL: z.string().url().optional(),
    SMTP_FROM: z.string().default("Launch Control <launch-control@localhost>"),
    // Webhook / Slack / Teams URLs on private, loopback or link-local addresses are refused unless this is true.
    OUTBOUND_ALLOW_PRIVATE_HOSTS: z.stringbool().default(false),
    OUTBOUND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
    /** First retry after this many seconds, doubling each time up to OUTBOUND_MAX_BACKOFF_SECONDS. */
    OUTBOUND_RETRY_BASE_SECONDS: z.coerce.number().min(0.05).default(10),
    OUTBOUND_MAX_BACKOFF_SECONDS: z.coerce.number().min(0.05).default(3600),
    OUTBOUND_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(120).default(10),
  })
  .refine((env) => [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length % 3 === 0, {
    message: "Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them).",
    path: ["OIDC_ISSUER"],
  })
  // With an external database (a real deployment, possibly several instances) the secret must be given;
  // on the embedded database (one machine, the quick start) a generated one is kept in DATA_DIR.
  .refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_SECRET || !env.DATABASE_URL, {
    message:
      "NEXTAUTH_SECRET is required in production with an external DATABASE_URL (e.g. `openssl rand -base64 32`).",
    path: ["NEXTAUTH_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (server.ts sets it when it starts the embedded PostgreSQL).");
  return url;
}
