// `npm run db:seed`: the demo accounts and launch, for an external database (DATABASE_URL).
import { seedDemo } from "@/lib/seed/seed-demo";
import { disconnectDb } from "@/lib/db";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the PostgreSQL database to seed (run `npm run db:migrate` first).");
  process.exit(1);
}
const { created } = await seedDemo();
console.log(
  created ? "Seeded the demo accounts and the demo launch." : "The demo launch already exists; accounts ensured.",
);
await disconnectDb();
