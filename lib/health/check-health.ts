import { getDb } from "@/lib/db";

/** Whether the app can serve: it can if the database answers within two seconds. */
export async function checkHealth(): Promise<{ status: "ok" | "unavailable"; db: "ok" | "unreachable" }> {
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "unavailable", db: "unreachable" };
  }
}
