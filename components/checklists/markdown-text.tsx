// Moved to components/ui/markdown-text.tsx (used by several features). Kept only so branches written before the move still build;
// delete once no import names this path.
export * from "@/components/ui/markdown-text";
