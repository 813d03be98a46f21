/**
 * Escapes a value for use inside an LDAP search filter (RFC 4515, section 3).
 */
export function escapeLdapFilterValue(value: string): string {
  return value.replace(/[\\*()\u0000]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
