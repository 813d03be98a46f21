import ldap, { type Client, type SearchCallbackResponse, type SearchEntry } from 'ldapjs';
import { config } from '../config';
import { escapeFilterValue } from '../utils/ldapEscape';

export interface DirectoryEntry {
  dn: string;
  name: string;
  email: string | null;
  company: string | null;
  title: string | null;
  site: string | null;
}

const ATTRIBUTES = ['cn', 'displayName', 'mail', 'o', 'title', 'deskhopSite'];

function bindClient(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = ldap.createClient({
      url: config.ldap.url,
      timeout: 5000,
      connectTimeout: 5000,
    });
    client.on('error', reject);
    client.bind(config.ldap.bindDn, config.ldap.bindPassword, (err) => {
      if (err) {
        client.destroy();
        reject(err);
      } else {
        resolve(client);
      }
    });
  });
}

function firstValue(entry: SearchEntry, type: string): string | null {
  const attr = entry.pojo.attributes.find((a) => a.type.toLowerCase() === type.toLowerCase());
  return attr && attr.values.length > 0 ? attr.values[0] : null;
}

function toEntry(entry: SearchEntry): DirectoryEntry {
  return {
    dn: entry.pojo.objectName ?? '',
    name: firstValue(entry, 'displayName') ?? firstValue(entry, 'cn') ?? '',
    email: firstValue(entry, 'mail'),
    company: firstValue(entry, 'o'),
    title: firstValue(entry, 'title'),
    site: firstValue(entry, 'deskhopSite'),
  };
}

function collect(res: SearchCallbackResponse): Promise<DirectoryEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: DirectoryEntry[] = [];
    res.on('searchEntry', (entry) => entries.push(toEntry(entry)));
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  });
}

export async function searchByName(name: string): Promise<DirectoryEntry[]> {
  const client = await bindClient();
  try {
    const filter = `(&(objectClass=inetOrgPerson)(deskhopListed=TRUE)(|(cn=*${name}*)(displayName=*${name}*)))`;
    return await new Promise<DirectoryEntry[]>((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter, scope: 'sub', attributes: ATTRIBUTES, sizeLimit: 25 }, (err, res) => { // VULN ldap
        if (err) return reject(err);
        collect(res).then(resolve, reject);
      });
    });
  } finally {
    client.unbind(() => undefined);
  }
}

export async function findByEmail(email: string): Promise<DirectoryEntry | null> {
  const client = await bindClient();
  try {
    const filter = `(&(objectClass=inetOrgPerson)(deskhopListed=TRUE)(mail=${escapeFilterValue(email)}))`;
    const entries = await new Promise<DirectoryEntry[]>((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter, scope: 'sub', attributes: ATTRIBUTES, sizeLimit: 1 }, (err, res) => { // SAFE ldap
        if (err) return reject(err);
        collect(res).then(resolve, reject);
      });
    });
    return entries[0] ?? null;
  } finally {
    client.unbind(() => undefined);
  }
}
