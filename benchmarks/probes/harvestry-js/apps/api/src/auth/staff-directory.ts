import { Injectable } from '@nestjs/common';
import * as ldap from 'ldapjs';
import { appConfig } from '../config/app.config';
import { escapeFilterValue } from '../common/util/ldap-escape';

export interface StaffEntry {
  dn: string;
  uid: string;
  cn: string;
  mail: string;
  department: string;
}

type Done = (entries: StaffEntry[]) => void;

const SEARCH_BASE = appConfig.ldap.baseDn;
const ATTRIBUTES = ['uid', 'cn', 'mail', 'departmentNumber'];

function collect(resolve: Done, reject: (err: Error) => void) {
  return (err: Error | null, res: ldap.SearchCallbackResponse) => {
    if (err) return reject(err);
    const entries: StaffEntry[] = [];
    res.on('searchEntry', (entry) => {
      const attr = (name: string) => String(entry.attributes.find((a) => a.type === name)?.values[0] ?? '');
      entries.push({ dn: String(entry.objectName), uid: attr('uid'), cn: attr('cn'), mail: attr('mail'), department: attr('departmentNumber') });
    });
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  };
}

@Injectable()
export class StaffDirectory {
  private readonly client = ldap.createClient({ url: appConfig.ldap.url, timeout: 5000, connectTimeout: 5000 });
  private bound?: Promise<void>;

  private bind(): Promise<void> {
    const { bindDn, bindPassword } = appConfig.ldap;
    this.bound ??= new Promise((ok, fail) => this.client.bind(bindDn, bindPassword, (err) => (err ? fail(err) : ok())));
    return this.bound;
  }

  async findByUid(uid: string): Promise<StaffEntry | undefined> {
    await this.bind();
    const entries = await new Promise<StaffEntry[]>((resolve, reject) =>
      this.client.search(SEARCH_BASE, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(uid=${uid}))`, attributes: ATTRIBUTES }, collect(resolve, reject)), // VULN ldap
    );
    return entries[0];
  }

  async findByEmail(email: string): Promise<StaffEntry[]> {
    await this.bind();
    const filter = `(&(objectClass=inetOrgPerson)(mail=${escapeFilterValue(email)}))`;
    return new Promise((resolve, reject) =>
      this.client.search(SEARCH_BASE, { scope: 'sub', filter, attributes: ATTRIBUTES }, collect(resolve, reject)), // SAFE ldap
    );
  }

  verifyPassword(dn: string, password: string): Promise<boolean> {
    const probe = ldap.createClient({ url: appConfig.ldap.url, timeout: 5000 });
    return new Promise((resolve) => probe.bind(dn, password, (err) => (probe.unbind(), resolve(!err))));
  }
}
