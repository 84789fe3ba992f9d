// One app instance for `npm run bench:scaleout`: the real socket.io server (with or without the
// PostgreSQL adapter) and the real item operation behind POST /tick, without Next (whose routing
// would be the same on every instance and only add noise). Prints "READY <port>" when listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const { attachSocketServer, closeSocketServer } = await import("@/lib/realtime/socket-server");
const { updateItem } = await import("@/lib/checklists/update-item");
const actor = JSON.parse(process.env.BENCH_ACTOR!) as { id: string; name: string; email: string; isAdmin: boolean };
const adapter = process.env.REALTIME_ADAPTER === "postgres" ? "postgres" : "memory";

const httpServer = createServer((request, response) => {
  if (request.method !== "POST" || request.url !== "/tick") return void response.writeHead(404).end();
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", async () => {
    try {
      const { launchId, itemId, status } = JSON.parse(body) as {
        launchId: string;
        itemId: string;
        status: "done" | "todo";
      };
      await updateItem({ actor, launchId, itemId, status });
      response.writeHead(200).end();
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
});
const io = attachSocketServer(httpServer, {
  clusterDatabaseUrl: adapter === "postgres" ? process.env.DATABASE_URL : undefined,
  log: () => {},
});
await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
console.log(`READY ${(httpServer.address() as AddressInfo).port}`);
process.on("SIGTERM", async () => {
  httpServer.closeAllConnections();
  await closeSocketServer(io);
  process.exit(0);
});
