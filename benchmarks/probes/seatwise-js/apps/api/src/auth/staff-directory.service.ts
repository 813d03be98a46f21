import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import * as ldap from 'ldapjs';
import { escapeLdapFilterValue } from '../common/util/ldap-escape';
import { APP_CONFIG, AppConfig } from '../config/configuration';

export type StaffRole = 'staff' | 'admin';

export interface StaffEntry {
  dn: string;
  uid: string;
  displayName: string;
  role: StaffRole;
  venueIds: string[];
}

type RawEntry = Record<string, string | string[] | undefined>;

const STAFF_ATTRIBUTES = ['uid', 'cn', 'displayName', 'memberOf', 'seatwiseVenueId', 'employeeNumber'];

function collectEntries(res: ldap.SearchCallbackResponse): Promise<RawEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: RawEntry[] = [];
    res.on('searchEntry', (entry: ldap.SearchEntry) => entries.push(entry.object as unknown as RawEntry));
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  });
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function toStaffEntry(raw: RawEntry): StaffEntry {
  const groups = asArray(raw.memberOf).map((g) => g.toLowerCase());
  return {
    dn: String(raw.dn),
    uid: String(raw.uid),
    displayName: String(raw.displayName ?? raw.cn ?? raw.uid),
    role: groups.some((g) => g.startsWith('cn=seatwise-admins,')) ? 'admin' : 'staff',
    venueIds: asArray(raw.seatwiseVenueId),
  };
}

@Injectable()
export class StaffDirectoryService implements OnModuleDestroy {
  private readonly logger = new Logger(StaffDirectoryService.name);
  private readonly client: ldap.Client;
  private bound: Promise<void> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = ldap.createClient({ url: config.ldap.url, timeout: 5000, connectTimeout: 5000, reconnect: true });
    this.client.on('error', (err: Error) => this.logger.warn(`LDAP client error: ${err.message}`));
  }

  onModuleDestroy(): void {
    this.client.unbind();
  }

  async findStaff(username: string): Promise<StaffEntry | null> {
    await this.ensureBound();
    const filter = `(&(objectClass=inetOrgPerson)(uid=${escapeLdapFilterValue(username)})(memberOf=${this.config.ldap.doorGroupDn}))`;
    const entries = await new Promise<RawEntry[]>((resolve, reject) => {
      this.client.search(this.config.ldap.baseDn, { scope: 'sub', filter, attributes: STAFF_ATTRIBUTES, sizeLimit: 2 }, (err, res) => { // SAFE ldap
        if (err) return reject(err);
        collectEntries(res).then(resolve, reject);
      });
    });
    return entries.length === 1 ? toStaffEntry(entries[0]) : null;
  }

  /** Door scanners log in with the badge number and a short PIN stored on the directory entry. */
  async findByBadge(badgeId: string, pin: string): Promise<StaffEntry | null> {
    await this.ensureBound();
    const filter = `(&(objectClass=inetOrgPerson)(employeeNumber=${escapeLdapFilterValue(badgeId)})(seatwiseDoorPin=${pin}))`;
    const entries = await new Promise<RawEntry[]>((resolve, reject) => {
      this.client.search(this.config.ldap.baseDn, { scope: 'sub', filter, attributes: STAFF_ATTRIBUTES, sizeLimit: 2 }, (err, res) => { // VULN ldap
        if (err) return reject(err);
        collectEntries(res).then(resolve, reject);
      });
    });
    return entries.length > 0 ? toStaffEntry(entries[0]) : null;
  }

  /** Verifies a user's password by binding as that user on a short-lived connection. */
  checkPassword(dn: string, password: string): Promise<boolean> {
    if (!password) {
      return Promise.resolve(false);
    }
    const probe = ldap.createClient({ url: this.config.ldap.url, timeout: 5000, connectTimeout: 5000 });
    return new Promise((resolve) => {
      probe.bind(dn, password, (err) => {
        probe.unbind();
        resolve(!err);
      });
    });
  }

  private ensureBound(): Promise<void> {
    if (!this.bound) {
      this.bound = new Promise<void>((resolve, reject) => {
        this.client.bind(this.config.ldap.bindDn, this.config.ldap.bindPassword, (err) => {
          if (err) {
            this.bound = null;
            reject(err);
            return;
          }
          resolve();
        });
      });
    }
    return this.bound;
  }
}
