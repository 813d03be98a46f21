export function escapeLdapValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
