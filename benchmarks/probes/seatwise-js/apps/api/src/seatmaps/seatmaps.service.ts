import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Document, Element, parseXml } from 'libxmljs2';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/configuration';
import { SeatQueryDto } from './dto/seat-query.dto';
import { extractSeatmapPackage, extractVenuePhotos } from './seatmap-archive';

export interface SeatView {
  id: string;
  number: string;
  status: string;
  accessible: boolean;
  x: number;
  y: number;
}

export interface SectionView {
  code: string;
  name: string;
  level: string;
  rows: Array<{ label: string; seats: number }>;
}

function attr(el: Element, name: string): string {
  return el.attr(name)?.value() ?? '';
}

function toSeatView(el: Element): SeatView {
  return {
    id: attr(el, 'id'),
    number: attr(el, 'n'),
    status: attr(el, 'status') || 'available',
    accessible: attr(el, 'accessible') === 'true',
    x: Number(attr(el, 'x')),
    y: Number(attr(el, 'y')),
  };
}

@Injectable()
export class SeatmapsService {
  private readonly layouts = new Map<string, Document>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async importPackage(venueId: string, upload: Buffer) {
    const dir = this.venueDir(venueId);
    await mkdir(dir, { recursive: true });
    const files = await extractSeatmapPackage(upload, dir);
    this.layouts.delete(venueId);
    return { venueId, files };
  }

  async importPhotos(venueId: string, upload: Buffer) {
    const files = await extractVenuePhotos(upload, path.join(this.venueDir(venueId), 'photos'));
    return { venueId, photos: files.length };
  }

  async importLayout(venueId: string, xml: string) {
    let doc: Document;
    try {
      doc = parseXml(xml, { noent: false, nonet: true, noblanks: true }); // SAFE xxe
    } catch (err) {
      throw new BadRequestException(`Layout is not well-formed XML: ${(err as Error).message}`);
    }
    const root = doc.root();
    if (!root || root.name() !== 'venueLayout') {
      throw new BadRequestException('Expected a <venueLayout> document');
    }
    const sections = doc.find('//section');
    if (sections.length === 0) {
      throw new BadRequestException('Layout has no sections');
    }
    const dir = this.venueDir(venueId);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'layout.xml'), doc.toString(), 'utf8');
    this.layouts.set(venueId, doc);
    return { venueId, sections: sections.length };
  }

  async findSeats(venueId: string, query: SeatQueryDto): Promise<SeatView[]> {
    const doc = await this.layout(venueId);
    const seats = doc.find(`//section[@code='${query.section}']/row[@label='${query.row}']/seat`); // VULN xpath
    return seats.map((seat) => toSeatView(seat as Element));
  }

  async getSection(venueId: string, code: string): Promise<SectionView> {
    const doc = await this.layout(venueId);
    const section = doc.get(`//section[@code='${code}']`); // SAFE xpath
    if (!section) {
      throw new NotFoundException(`Section ${code} not found`);
    }
    const el = section as Element;
    return {
      code,
      name: attr(el, 'name'),
      level: attr(el, 'level'),
      rows: el.find('row').map((row) => ({
        label: attr(row as Element, 'label'),
        seats: (row as Element).find('seat').length,
      })),
    };
  }

  private venueDir(venueId: string): string {
    return path.join(this.config.storage.seatmapDir, venueId);
  }

  private async layout(venueId: string): Promise<Document> {
    const cached = this.layouts.get(venueId);
    if (cached) return cached;
    let xml: string;
    try {
      xml = await readFile(path.join(this.venueDir(venueId), 'layout.xml'), 'utf8');
    } catch {
      throw new NotFoundException('This venue has no seat map yet');
    }
    const doc = parseXml(xml, { nonet: true });
    this.layouts.set(venueId, doc);
    return doc;
  }
}
