import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** 1-based line of the value at `path` in a JSON text, or of the nearest ancestor that exists. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const segments = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (node) return lineOfOffset(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
