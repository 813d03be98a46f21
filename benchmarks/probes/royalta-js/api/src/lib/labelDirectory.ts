import fs from 'fs';
import ldap, { type Client, type SearchCallbackResponse } from 'ldapjs';
import { config } from '../config';
import { escapeLdapFilter } from './text';

export interface DirectoryUser {
  dn: string;
  uid: string;
  mail: string;
}

const SEARCH = { scope: 'sub' as const, attributes: ['uid', 'mail', 'royaltaLabelCode'] };
const tlsOptions = { ca: [fs.readFileSync(config.ldap.caFile)], rejectUnauthorized: true }; // SAFE tls
const createClient = () => ldap.createClient({ url: config.ldap.url, tlsOptions, timeout: 5000, connectTimeout: 5000 });

function connect(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient();
    client.on('error', reject);
    client.bind(config.ldap.bindDn, config.ldap.bindPassword, (err) => (err ? reject(err) : resolve(client)));
  });
}

function firstEntry(client: Client, res: SearchCallbackResponse): Promise<DirectoryUser | null> {
  return new Promise((resolve, reject) => {
    let found: DirectoryUser | null = null;
    res.on('searchEntry', (entry) => {
      const attr = (name: string) => String(entry.attributes.find((a) => a.type === name)?.values[0] ?? '');
      found ??= { dn: String(entry.objectName), uid: attr('uid'), mail: attr('mail') };
    });
    res.on('error', reject);
    res.on('end', () => {
      client.unbind();
      resolve(found);
    });
  });
}

export async function findLabelUser(username: string): Promise<DirectoryUser | null> {
  const client = await connect();
  const filter = `(&(objectClass=royaltaLabelUser)(uid=${username}))`;
  return new Promise((resolve, reject) => {
    client.search(config.ldap.baseDn, { ...SEARCH, filter }, (err, res) => (err ? reject(err) : resolve(firstEntry(client, res)))); // VULN ldap
  });
}

export async function findLabelUserByEmail(email: string): Promise<DirectoryUser | null> {
  const client = await connect();
  const filter = `(&(objectClass=royaltaLabelUser)(mail=${escapeLdapFilter(email)}))`;
  return new Promise((resolve, reject) => {
    client.search(config.ldap.baseDn, { ...SEARCH, filter }, (err, res) => (err ? reject(err) : resolve(firstEntry(client, res)))); // SAFE ldap
  });
}

export function verifyCredentials(dn: string, password: string): Promise<boolean> {
  if (!password) return Promise.resolve(false);
  return new Promise((resolve) => {
    const client = createClient();
    client.on('error', () => resolve(false));
    client.bind(dn, password, (err) => {
      client.unbind();
      resolve(!err);
    });
  });
}
