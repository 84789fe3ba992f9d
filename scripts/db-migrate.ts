// npm run db:migrate: applies prisma/migrations to DATABASE_URL (what `prisma migrate deploy` does,
// without Prisma's downloaded engine). The server also does this at start-up.
import { applyMigrations, MigrationError } from "../lib/migrations/apply-migrations";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new MigrationError("DATABASE_URL is not set: point it at the PostgreSQL database to migrate.");
  }
  const { applied } = await applyMigrations(databaseUrl, { log: (message) => console.log(message) });
  console.log(applied.length === 0 ? "Database is up to date." : `Applied ${applied.length} migration(s).`);
}

main().catch((error: unknown) => {
  // Known problems carry a message that says what to do; a stack trace would only bury it.
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
});
