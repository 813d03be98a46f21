import ldap, { type Client, type SearchCallbackResponse } from 'ldapjs';
import { config } from '../config';
import { escapeLdapValue } from '../lib/text';

export interface DirectoryEntry {
  dn: string;
  [attribute: string]: string;
}

const ATTRIBUTES = ['uid', 'displayName', 'mail', 'o'];

function bindClient(): Promise<Client> {
  const client = ldap.createClient({ url: config.ldap.url, timeout: 5_000 });
  return new Promise((resolve, reject) => {
    client.bind(config.ldap.bindDn, config.ldap.bindPassword, (err) => (err ? reject(err) : resolve(client)));
  });
}

function collectEntries(res: SearchCallbackResponse): Promise<DirectoryEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: DirectoryEntry[] = [];
    res.on('searchEntry', (entry) => {
      entries.push({ dn: String(entry.objectName), ...Object.fromEntries(entry.attributes.map((a) => [a.type, a.values[0]])) });
    });
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  });
}

export async function findColleaguesByEmail(email: string): Promise<DirectoryEntry[]> {
  const client = await bindClient();
  try {
    return await new Promise<DirectoryEntry[]>((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter: `(&(objectClass=inetOrgPerson)(mail=${email}))`, scope: 'sub', attributes: ATTRIBUTES }, (err, res) => // VULN ldap
        err ? reject(err) : collectEntries(res).then(resolve, reject));
    });
  } finally {
    client.unbind();
  }
}

export async function findByUid(uid: string): Promise<DirectoryEntry | null> {
  const client = await bindClient();
  try {
    const entries = await new Promise<DirectoryEntry[]>((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter: `(&(objectClass=inetOrgPerson)(uid=${escapeLdapValue(uid)}))`, scope: 'sub', attributes: ATTRIBUTES }, (err, res) => // SAFE ldap
        err ? reject(err) : collectEntries(res).then(resolve, reject));
    });
    return entries[0] ?? null;
  } finally {
    client.unbind();
  }
}
