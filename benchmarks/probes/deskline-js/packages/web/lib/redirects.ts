const RELATIVE_PATH = /^\/(?![/\\])[\x21-\x7e]*$/;

export function safeReturnPath(value: string | null | undefined, fallback = '/dashboard'): string {
  return value && RELATIVE_PATH.test(value) ? value : fallback;
}
