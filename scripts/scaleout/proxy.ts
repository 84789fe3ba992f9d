// A tiny reverse proxy for trying several instances on one machine without Docker: spreads new
// browsers over the instances, keeps each browser on its instance with a cookie (as Caddy's
// `lb_policy cookie` does; socket.io's long-polling needs every request of a session on one instance),
// passes WebSocket upgrades through, and moves a browser to another instance when its own is down.
import http from "node:http";
import net from "node:net";

const COOKIE = "lc_instance";

export type ProxyHandle = { url: string; close: () => Promise<void> };

export async function startProxy({
  port,
  host = "127.0.0.1",
  targets,
}: {
  port: number;
  host?: string;
  targets: string[];
}): Promise<ProxyHandle> {
  const backends = targets.map((target) => new URL(target));
  let next = 0;
  const pinned = (cookieHeader: string | undefined) => {
    const match = new RegExp(`(?:^|;\\s*)${COOKIE}=(\\d+)`).exec(cookieHeader ?? "");
    const index = match ? Number(match[1]) : NaN;
    return Number.isInteger(index) && index < backends.length ? index : undefined;
  };
  /** The pinned instance first, then the others in turn. */
  const candidates = (cookieHeader: string | undefined) => {
    const first = pinned(cookieHeader) ?? next++ % backends.length;
    return backends.map((_, offset) => (first + offset) % backends.length);
  };

  const server = http.createServer((request, response) => {
    const body: Buffer[] = [];
    request.on("data", (chunk: Buffer) => body.push(chunk));
    request.on("end", () => forward(candidates(request.headers.cookie), 0));
    const forward = (order: number[], attempt: number) => {
      const index = order[attempt]!;
      const backend = backends[index]!;
      const upstream = http.request(
        {
          host: backend.hostname,
          port: backend.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          const headers = { ...answer.headers };
          if (pinned(request.headers.cookie) !== index) {
            headers["set-cookie"] = [
              ...(answer.headers["set-cookie"] ?? []),
              `${COOKIE}=${index}; Path=/; HttpOnly; SameSite=Lax`,
            ];
          }
          response.writeHead(answer.statusCode ?? 502, headers);
          // An instance that dies mid-answer must not leave the client waiting forever: cut it off too.
          answer.on("aborted", () => response.destroy());
          answer.on("error", () => response.destroy());
          answer.pipe(response);
        },
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        // Only a refused connection is safe to retry elsewhere: the request never reached the instance.
        if (error.code === "ECONNREFUSED" && attempt + 1 < order.length) return forward(order, attempt + 1);
        if (response.headersSent) return void response.destroy();
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: "No app instance answered.", code: "bad_gateway" }));
      });
      upstream.end(Buffer.concat(body));
    };
  });

  server.on("upgrade", (request, client: net.Socket, head: Buffer) => {
    const order = candidates(request.headers.cookie);
    const connect = (attempt: number) => {
      const backend = backends[order[attempt]!]!;
      const upstream = net.connect(Number(backend.port), backend.hostname, () => {
        const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
        for (let i = 0; i < request.rawHeaders.length; i += 2)
          lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
        upstream.write(lines.join("\r\n") + "\r\n\r\n");
        if (head.length) upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" && attempt + 1 < order.length) return connect(attempt + 1);
        client.destroy();
      });
      client.on("error", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
      client.on("close", () => upstream.destroy());
    };
    connect(0);
  });

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
