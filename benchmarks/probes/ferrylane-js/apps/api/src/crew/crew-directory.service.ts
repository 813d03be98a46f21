import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, EqualityFilter } from 'ldapts';

export interface DirectoryEntry {
  dn: string;
  displayName: string;
  mail: string;
  employeeNumber: string;
  title?: string;
  mobile?: string;
}

const ATTRIBUTES = ['displayName', 'mail', 'employeeNumber', 'title', 'mobile'];

@Injectable()
export class CrewDirectoryService {
  private readonly logger = new Logger(CrewDirectoryService.name);

  constructor(private readonly config: ConfigService) {}

  private async withClient<T>(fn: (client: Client, baseDn: string) => Promise<T>): Promise<T> {
    const client = new Client({ url: this.config.getOrThrow<string>('ldap.url'), timeout: 5000, connectTimeout: 3000 });
    try {
      await client.bind(this.config.getOrThrow<string>('ldap.bindDn'), this.config.getOrThrow<string>('ldap.bindPassword'));
      return await fn(client, this.config.getOrThrow<string>('ldap.baseDn'));
    } catch (err) {
      this.logger.error(`Directory lookup failed: ${(err as Error).message}`);
      throw new ServiceUnavailableException('Crew directory unavailable');
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  private static toEntry(raw: Record<string, unknown>): DirectoryEntry {
    const first = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : v === undefined ? '' : String(v));
    return {
      dn: String(raw.dn),
      displayName: first(raw.displayName),
      mail: first(raw.mail),
      employeeNumber: first(raw.employeeNumber),
      title: first(raw.title) || undefined,
      mobile: first(raw.mobile) || undefined,
    };
  }

  async findByEmail(email: string): Promise<DirectoryEntry[]> {
    return this.withClient(async (client, baseDn) => {
      const { searchEntries } = await client.search(baseDn, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(mail=${email}))`, attributes: ATTRIBUTES, sizeLimit: 25 }); // VULN ldap
      return searchEntries.map((e) => CrewDirectoryService.toEntry(e));
    });
  }

  async findByCrewId(crewId: string): Promise<DirectoryEntry | null> {
    return this.withClient(async (client, baseDn) => {
      const filter = new EqualityFilter({ attribute: 'employeeNumber', value: crewId });
      const { searchEntries } = await client.search(baseDn, { scope: 'sub', filter, attributes: ATTRIBUTES, sizeLimit: 1 }); // SAFE ldap
      return searchEntries.length ? CrewDirectoryService.toEntry(searchEntries[0]) : null;
    });
  }
}
