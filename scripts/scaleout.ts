// `npm run scaleout`: two app instances on one PostgreSQL behind a small reverse proxy, the same
// topology as docker-compose's `scaled` profile, without Docker. Needs a production build (npm run build).
//   PORT=3000 INSTANCES=2 DATA_DIR=.data/scaleout [DATABASE_URL=...] NEXTAUTH_SECRET=... npm run scaleout
import { startTopology } from "./scaleout/topology";

const port = Number(process.env.PORT ?? 3000);
const log = (message: string) => console.log(`[scaleout] ${message}`);
const topology = await startTopology({
  port,
  instances: Number(process.env.INSTANCES ?? 2),
  dataDir: process.env.DATA_DIR ?? ".data/scaleout",
  databaseUrl: process.env.DATABASE_URL,
  secret: process.env.NEXTAUTH_SECRET,
  log,
});
log(`Open ${topology.proxy.url} — stop with Ctrl-C.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await topology.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
for (const instance of topology.instances) {
  instance.process.on("exit", (code, signal) => {
    if (!stopping)
      log(`instance ${instance.name} ended (${signal ?? `code ${code}`}); the proxy sends its browsers to the others.`);
  });
}
