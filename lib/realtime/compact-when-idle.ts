import type { RealtimeServer } from "@/lib/realtime/publish";

// After a busy spell (a wall of screens, thousands of ticks) V8 keeps the heap it grew to until its own
// memory reducer runs, about a minute after the process goes quiet. When the last live connection
// closes, nobody is waiting on this process: one full collection then gives the memory back at once.
// Needs `node --expose-gc` (the start scripts pass it); without it this does nothing.
const QUIET_MS = 3_000;

export function compactWhenIdle(io: RealtimeServer): void {
  const gc = (globalThis as { gc?: (options?: object) => void }).gc;
  if (!gc) return;
  // "last-resort": V8's memory-reducing collection (compacts and returns free pages to the system); a
  // plain gc() frees objects but keeps most of the grown heap mapped.
  const collect = () => gc({ type: "major", execution: "sync", flavor: "last-resort" });
  let timer: NodeJS.Timeout | undefined;
  io.on("connection", (socket) => {
    clearTimeout(timer);
    // The engine still counts the closing connection during "disconnect": the count is read later.
    socket.once("disconnect", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (io.engine.clientsCount === 0) collect();
      }, QUIET_MS);
      timer.unref();
    });
  });
}
