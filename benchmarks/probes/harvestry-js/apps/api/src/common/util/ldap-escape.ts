const FILTER_ESCAPES: Record<string, string> = { '\\': '\\5c', '*': '\\2a', '(': '\\28', ')': '\\29', '\0': '\\00' };

/** RFC 4515 value escaping for search filters. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => FILTER_ESCAPES[ch]);
}
