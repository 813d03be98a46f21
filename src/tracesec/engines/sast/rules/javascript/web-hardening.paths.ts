// Helpers that set a value at a dotted path walk object[segment] for each part
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
type Bag = Record<string, unknown>

export function setPath(target: Bag, dottedPath: string, value: unknown): void {
  const segments = dottedPath.split('.').map((s) => s.trim()).filter(Boolean)
  let cursor: Bag = target
  for (const segment of segments.slice(0, -1)) {
    if (cursor[segment] === undefined) cursor[segment] = {}
    cursor = cursor[segment] as Bag
  }
  // ruleid: trace.javascript.prototype-pollution.unsafe-path-assignment
  cursor[segments[segments.length - 1]] = value
}

export function assignPath(obj: any, path: string, value: unknown) {
  const keys = path.split('.')
  let node = obj
  for (let i = 0; i < keys.length - 1; i++) {
    node[keys[i]] = node[keys[i]] || {}
    node = node[keys[i]]
  }
  // ruleid: trace.javascript.prototype-pollution.unsafe-path-assignment
  node[keys[keys.length - 1]] = value
}

export function setPathChecked(target: Bag, dottedPath: string, value: unknown): void {
  const segments = dottedPath.split('.')
  if (segments.some((s) => FORBIDDEN.has(s))) throw new Error('bad path')
  let cursor: Bag = target
  for (const segment of segments.slice(0, -1)) {
    cursor = (cursor[segment] ??= {}) as Bag
    cursor = cursor[segment] as Bag
  }
  // ok: trace.javascript.prototype-pollution.unsafe-path-assignment
  cursor[segments[segments.length - 1]] = value
}

export function setPathGuarded(target: Bag, dottedPath: string, value: unknown): void {
  const segments = dottedPath.split('.')
  let cursor: Bag = target
  for (const segment of segments.slice(0, -1)) {
    if (FORBIDDEN.has(segment)) return
    cursor = cursor[segment] as Bag
  }
  const last = segments[segments.length - 1]
  if (FORBIDDEN.has(last)) return
  // ok: trace.javascript.prototype-pollution.unsafe-path-assignment
  cursor[last] = value
}

// a lookup table filled from a list, not walked: no path
export function indexBy(items: { id: string }[]) {
  const ids = 'a.b'.split('.')
  const table: Bag = {}
  for (const item of items) {
    // ok: trace.javascript.prototype-pollution.unsafe-path-assignment
    table[item.id] = item
  }
  return { ids, table }
}
