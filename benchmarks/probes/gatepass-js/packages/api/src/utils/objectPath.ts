const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export function splitPath(dotted: string): string[] {
  const segments = String(dotted).split('.');
  if (segments.length > 6 || segments.some((s) => FORBIDDEN_SEGMENTS.has(s) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(s))) {
    throw new Error('Invalid settings path');
  }
  return segments;
}

/** Sets a nested value, creating intermediate objects as needed. */
export function setPath(target: Record<string, any>, dotted: string, value: unknown): void {
  const segments = splitPath(dotted);
  const last = segments.pop() as string;
  let cursor = target;
  for (const segment of segments) {
    if (typeof cursor[segment] !== 'object' || cursor[segment] === null) cursor[segment] = {};
    cursor = cursor[segment];
  }
  cursor[last] = value; // SAFE proto
}
