import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Makes sure DATA_DIR exists and can be written before anything else uses it, so a read-only or
 * foreign-owned directory is reported as exactly that, not as a puzzling ENOENT from deep inside.
 */
export function assertWritableDataDir(dataDir: string): void {
  const dir = path.resolve(dataDir);
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const why: Record<string, string> = {
      EROFS: "it is on a read-only file system",
      EACCES: "this user has no permission to write there",
      EPERM: "the system does not allow writing there",
      ENOTDIR: "a part of the path is a file, not a directory",
      ENOSPC: "the disk is full",
    };
    throw new Error(
      `DATA_DIR ${dir} is not writable: ${why[code] ?? (error as Error).message}. ` +
        "Point DATA_DIR at a writable directory, or set DATABASE_URL (and NEXTAUTH_SECRET) so it is not needed.",
      { cause: error },
    );
  }
}
