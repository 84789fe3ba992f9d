// Runs in every test worker before its test file: code under test reads DATABASE_URL like the app
// does, and must get the run's throwaway database, never a developer's own.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
