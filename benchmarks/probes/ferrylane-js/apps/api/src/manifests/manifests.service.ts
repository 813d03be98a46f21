import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'crypto';
import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArchiveExtractor } from './archive-extractor';
import { ManifestPassenger, ManifestVehicle, ParsedManifest, XmlManifestParser } from './xml-manifest.parser';

export interface ImportSummary {
  sailingId: string;
  receivedFrom: string;
  passengers: number;
  vehicles: number;
}

@Injectable()
export class ManifestsService {
  private readonly logger = new Logger(ManifestsService.name);
  private readonly inbox: string;

  constructor(
    config: ConfigService,
    private readonly parser: XmlManifestParser,
    private readonly extractor: ArchiveExtractor,
  ) {
    this.inbox = config.getOrThrow<string>('storage.manifestInbox');
  }

  private manifestPath(sailingId: string): string {
    return path.join(this.inbox, 'sailings', `${sailingId}.xml`);
  }

  private async store(manifest: ParsedManifest, xml: string): Promise<ImportSummary> {
    await fsp.mkdir(path.join(this.inbox, 'sailings'), { recursive: true });
    await fsp.writeFile(this.manifestPath(manifest.sailingId), xml, 'utf8');
    this.logger.log(`Stored manifest for ${manifest.sailingId}: ${manifest.passengers.length} pax`);
    return {
      sailingId: manifest.sailingId,
      receivedFrom: manifest.agentName,
      passengers: manifest.passengers.length,
      vehicles: manifest.vehicles.length,
    };
  }

  async importAgentManifest(xml: string): Promise<ImportSummary> {
    const manifest = this.parser.parseAgentManifest(xml);
    return this.store(manifest, xml);
  }

  async importPartnerManifest(xml: string): Promise<ImportSummary> {
    const manifest = await this.parser.parsePartnerManifest(xml);
    return this.store(manifest, xml);
  }

  private async withTempUpload<T>(buffer: Buffer, fn: (zipPath: string) => Promise<T>): Promise<T> {
    const tmp = path.join(os.tmpdir(), `ferrylane-${randomUUID()}.zip`);
    await fsp.writeFile(tmp, buffer);
    try {
      return await fn(tmp);
    } finally {
      await fsp.rm(tmp, { force: true });
    }
  }

  async importAgentBundle(buffer: Buffer, crossingDay: string): Promise<ImportSummary[]> {
    const destination = path.join(this.inbox, 'bundles', crossingDay.replace(/[^0-9-]/g, ''));
    const files = await this.withTempUpload(buffer, (zip) => this.extractor.unpackAgentBundle(zip, destination));
    const summaries: ImportSummary[] = [];
    for (const file of files.filter((f) => path.basename(f) === 'manifest.xml')) {
      const xml = await fsp.readFile(file, 'utf8');
      summaries.push(await this.importAgentManifest(xml));
    }
    return summaries;
  }

  async importClearanceBundle(buffer: Buffer): Promise<number> {
    const destination = path.join(this.inbox, 'clearance', new Date().toISOString().slice(0, 10));
    const files = await this.withTempUpload(buffer, (zip) => this.extractor.unpackClearanceBundle(zip, destination));
    return files.length;
  }

  private async loadStored(sailingId: string): Promise<string> {
    try {
      return await fsp.readFile(this.manifestPath(sailingId), 'utf8');
    } catch {
      throw new NotFoundException('No manifest received for this sailing');
    }
  }

  async findPassengers(sailingId: string, ticket: string): Promise<ManifestPassenger[]> {
    return this.parser.findPassengers(await this.loadStored(sailingId), ticket.trim());
  }

  async findVehicle(sailingId: string, registration: string): Promise<ManifestVehicle | null> {
    return this.parser.findVehicle(await this.loadStored(sailingId), registration);
  }
}
