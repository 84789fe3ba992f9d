// Runs in every test worker before its test file: code under test reads DATABASE_URL like the app
// does, and must get the run's throwaway database, never a developer's own.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// Channel secrets are sealed at rest; tests use a fixed key (a deployment sets its own or derives it).
process.env.LAUNCH_CONTROL_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
