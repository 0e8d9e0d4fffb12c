/** Splits a block of whitespace-separated entries: keeps hand-written lists compact and reviewable. */
export function entries(block: string): string[] {
  return block.split(/\s+/u).filter((entry) => entry.length > 0);
}
