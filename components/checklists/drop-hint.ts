"use client";

import { createContext, useContext } from "react";

/** Where a dragged item would land when it crosses into another section (no sortable shifting there). */
export type DropHint = { overId: string; placement: "before" | "after" } | null;

const DropHintContext = createContext<DropHint>(null);
export const DropHintProvider = DropHintContext.Provider;
export const useDropHint = () => useContext(DropHintContext);
