import ldap from 'ldapjs';
import { config } from '../config/index.js';
import { escapeFilterValue } from '../utils/ldapEscape.js';

export interface StaffMember {
  dn: string;
  uid: string;
  displayName: string;
}

const ATTRIBUTES = ['uid', 'displayName'];
const client = () => ldap.createClient({ url: config.ldap.url, timeout: 5000, connectTimeout: 5000 });

function firstEntry(c: ldap.Client, resolve: (m: StaffMember | null) => void, reject: (err: Error) => void) {
  return (err: Error | null, res: ldap.SearchCallbackResponse) => {
    if (err) return reject(err);
    let found: StaffMember | null = null;
    res.on('searchEntry', (entry) => {
      const attrs = Object.fromEntries(entry.attributes.map((a) => [a.type, a.values[0]]));
      found = { dn: entry.dn.toString(), uid: attrs.uid, displayName: attrs.displayName };
    });
    res.on('error', reject);
    res.on('end', () => c.unbind(() => resolve(found)));
  };
}

export function findStaffByLogin(username: string): Promise<StaffMember | null> {
  const c = client();
  const filter = `(&(objectClass=gpStaff)(uid=${username}))`;
  return new Promise((resolve, reject) => {
    c.search(config.ldap.baseDn, { scope: 'sub', filter, attributes: ATTRIBUTES }, firstEntry(c, resolve, reject)); // VULN ldap
  });
}

export function findStaffByBadge(badgeNumber: string): Promise<StaffMember | null> {
  const c = client();
  const filter = `(&(objectClass=gpStaff)(employeeNumber=${escapeFilterValue(badgeNumber)}))`;
  return new Promise((resolve, reject) => {
    c.search(config.ldap.baseDn, { scope: 'sub', filter, attributes: ATTRIBUTES }, firstEntry(c, resolve, reject)); // SAFE ldap
  });
}

export function verifyPassword(dn: string, password: string): Promise<boolean> {
  const c = client();
  return new Promise((resolve) => c.bind(dn, password, (err) => c.unbind(() => resolve(!err))));
}
