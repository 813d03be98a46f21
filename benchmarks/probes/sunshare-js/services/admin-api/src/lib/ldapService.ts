import { Client } from 'ldapts';
import fs from 'node:fs';

const LDAP_URL = process.env.LDAP_URL ?? 'ldaps://ldap.sunshare.coop:636';
const BASE_DN = 'ou=staff,dc=sunshare,dc=coop';
const SERVICE_DN = 'cn=svc-backoffice,ou=services,dc=sunshare,dc=coop';
const SERVICE_PASSWORD = process.env.LDAP_SERVICE_PASSWORD ?? 'Sunsh4re-backoffice-2021!'; // VULN secret

export interface StaffEntry {
  dn: string;
  uid: string;
  displayName: string;
  mail: string;
  groups: string[];
}

function newClient(): Client {
  return new Client({
    url: LDAP_URL,
    timeout: 5000,
    connectTimeout: 5000,
    tlsOptions: { ca: process.env.LDAP_CA_FILE ? [fs.readFileSync(process.env.LDAP_CA_FILE)] : undefined },
  });
}

/** RFC 4515 escaping for values placed inside a search filter. */
function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function toEntry(raw: Record<string, unknown>): StaffEntry {
  const memberOf = raw.memberOf;
  return {
    dn: String(raw.dn),
    uid: String(raw.uid),
    displayName: String(raw.displayName ?? raw.cn ?? ''),
    mail: String(raw.mail ?? ''),
    groups: (Array.isArray(memberOf) ? memberOf : memberOf ? [memberOf] : []).map(String),
  };
}

export async function authenticateStaff(username: string, password: string): Promise<StaffEntry | null> {
  const client = newClient();
  try {
    await client.bind(SERVICE_DN, SERVICE_PASSWORD);
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(uid=${username}))`, attributes: ['uid', 'cn', 'displayName', 'mail', 'memberOf'] }); // VULN ldap
    if (searchEntries.length === 0) return null;
    const entry = toEntry(searchEntries[0] as Record<string, unknown>);
    await client.bind(entry.dn, password);
    return entry;
  } catch {
    return null;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

export async function lookupStaffByEmail(email: string): Promise<StaffEntry[]> {
  const client = newClient();
  try {
    await client.bind(SERVICE_DN, SERVICE_PASSWORD);
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(mail=${escapeFilterValue(email)}))`, attributes: ['uid', 'cn', 'displayName', 'mail', 'memberOf'] }); // SAFE ldap
    return searchEntries.map((e) => toEntry(e as Record<string, unknown>));
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
