// The floor: what any live app must at least pay per change. A bare socket.io server whose POST /tick
// does one PostgreSQL commit (an INSERT, in the app's own database) and then broadcasts the body to every
// client. No Next, no auth, no ORM. Run by the benchmark as a child: floor-server.ts <port> <postgres URL>.
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const [port = "3409", databaseUrl] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
await pool.query(
  "CREATE TABLE IF NOT EXISTS bench_floor (id bigserial PRIMARY KEY, at timestamptz DEFAULT now(), body jsonb)",
);

let seq = 0;
const httpServer = createServer((request, response) => {
  if (request.method !== "POST" || request.url !== "/tick") return void response.writeHead(404).end();
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8") || "{}";
    await pool.query("INSERT INTO bench_floor (body) VALUES ($1)", [body]);
    const event = { ...JSON.parse(body), seq: ++seq };
    io.emit("launch:event", event);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ seq: event.seq }));
  });
});
const io = new Server(httpServer, { serveClient: false });
httpServer.listen(Number(port), "127.0.0.1", () => process.send?.({ ready: true }));

const stop = async () => {
  io.close();
  await pool.end().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("disconnect", () => void stop());
