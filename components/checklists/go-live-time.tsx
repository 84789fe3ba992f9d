// Moved to components/launches/go-live-time.tsx (used by several features). Kept only so branches written before the move still build;
// delete once no import names this path.
export * from "@/components/launches/go-live-time";
