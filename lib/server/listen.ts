import type { Server } from "node:http";

/** Listens on the port, or rejects with a message that says what is wrong and what to do. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(new Error(listenErrorMessage(error, port, host), { cause: error }));
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      resolve();
    });
  });
}

export function listenErrorMessage(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `Port ${port} on ${host} is already in use by another program. Stop it, or set PORT to a free port.`;
    case "EACCES":
      return `Not allowed to listen on port ${port} (ports below 1024 need extra rights). Set PORT to 1024 or above.`;
    case "EADDRNOTAVAIL":
      return `HOST ${host} is not an address of this machine. Set HOST to one of its addresses, or 0.0.0.0.`;
    default:
      return `Could not listen on ${host}:${port}: ${error.message}`;
  }
}
