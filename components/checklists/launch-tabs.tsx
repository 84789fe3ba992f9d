// Moved to components/launches/launch-tabs.tsx (used by several features). Kept only so branches written before the move still build;
// delete once no import names this path.
export * from "@/components/launches/launch-tabs";
