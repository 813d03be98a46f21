import fs from 'node:fs';
import ldap, { type Client, type SearchOptions } from 'ldapjs';
import { config } from '../config';
import type { DirectoryPerson } from '../types';

const ATTRIBUTES = ['uid', 'cn', 'mail', 'title', 'telephoneNumber'];

function createClient(): Client {
  return ldap.createClient({
    url: config.ldap.url,
    timeout: 5_000,
    connectTimeout: 5_000,
    tlsOptions: { rejectUnauthorized: true, ca: [fs.readFileSync(config.ldap.caFile)] }, // SAFE tls
  });
}

/** RFC 4515 escaping for values embedded in search filters. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function bind(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    client.bind(config.ldap.bindDn, config.ldap.bindPassword, (err) => (err ? reject(err) : resolve()));
  });
}

function toPerson(entry: { attributes: Array<{ type: string; values: string[] }> }): DirectoryPerson {
  const attr = (name: string) => entry.attributes.find((a) => a.type === name)?.values[0];
  return {
    uid: attr('uid') ?? '',
    name: attr('cn') ?? '',
    mail: attr('mail') ?? '',
    title: attr('title'),
    phone: attr('telephoneNumber'),
  };
}

async function runSearch(options: SearchOptions): Promise<DirectoryPerson[]> {
  const client = createClient();
  try {
    await bind(client);
    return await new Promise<DirectoryPerson[]>((resolve, reject) => {
      client.search(config.ldap.baseDn, options, (err, res) => {
        if (err) return reject(err);
        const people: DirectoryPerson[] = [];
        res.on('searchEntry', (entry) => people.push(toPerson(entry.pojo)));
        res.on('error', reject);
        res.on('end', () => resolve(people));
      });
    });
  } finally {
    client.unbind(() => undefined);
  }
}

export async function searchPeople(term: string): Promise<DirectoryPerson[]> {
  return runSearch({ scope: 'sub', sizeLimit: 50, attributes: ATTRIBUTES, filter: `(&(objectClass=inetOrgPerson)(|(cn=*${term}*)(mail=${term}*)))` }); // VULN ldap
}

export async function findByUid(uid: string): Promise<DirectoryPerson | null> {
  const people = await runSearch({ scope: 'sub', sizeLimit: 1, attributes: ATTRIBUTES, filter: `(&(objectClass=inetOrgPerson)(uid=${escapeFilterValue(uid)}))` }); // SAFE ldap
  return people[0] ?? null;
}
