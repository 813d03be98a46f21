import { BadRequestException, Injectable } from '@nestjs/common';
import { DOMParser } from '@xmldom/xmldom';
import axios from 'axios';
import { exec } from 'child_process';
import { XMLParser } from 'fast-xml-parser';
import { promises as fs } from 'fs';
import * as libxmljs from 'libxmljs';
import * as path from 'path';
import { promisify } from 'util';
import * as xpath from 'xpath';
import { appConfig } from '../config/app.config';
import { partnerUrl } from '../common/util/partner-url';
import { PrismaService } from '../prisma/prisma.service';

const execAsync = promisify(exec);

@Injectable()
export class GradingService {
  constructor(private readonly prisma: PrismaService) {}

  private lotDir(lotId: number): string {
    return path.join(appConfig.storage.uploadsRoot, 'lots', String(lotId));
  }

  async storePhoto(lotId: number, photo: Express.Multer.File) {
    if (!photo) throw new BadRequestException('photo is required');
    const dir = this.lotDir(lotId);
    await fs.mkdir(dir, { recursive: true });
    const record = await this.prisma.lotPhoto.create({ data: { lotId, originalName: photo.originalname, sizeBytes: photo.size } });
    // strip EXIF (grower phones embed GPS) and move into the lot folder
    await execAsync(`exiftool -all= -overwrite_original "${photo.path}" && mv "${photo.path}" "${dir}/${record.id}-${photo.originalname}"`); // VULN cmdi
    return record;
  }

  async importLabReport(xml: string) {
    if (!xml.trim()) throw new BadRequestException('empty report');
    const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true }); // VULN xxe
    const samples = doc.find('//sample').map((node: any) => ({
      lot: node.attr('lot')?.value() ?? '',
      moisture: parseFloat(node.get('moisture')?.text() ?? 'NaN'),
    }));
    const report = await this.prisma.labReport.create({ data: { sampleCount: samples.length } });
    await fs.writeFile(path.join(appConfig.storage.labReportsRoot, `${report.id}.xml`), doc.toString(), 'utf8');
    return { id: report.id, samples };
  }

  previewLabReport(xml: string) {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false }); // SAFE xxe
    const parsed = parser.parse(xml);
    return { lab: parsed?.report?.lab ?? 'unknown', samples: [].concat(parsed?.report?.sample ?? []).length };
  }

  private async loadReport(reportId: number) {
    const text = await fs.readFile(path.join(appConfig.storage.labReportsRoot, `${reportId}.xml`), 'utf8');
    return new DOMParser().parseFromString(text, 'text/xml') as unknown as Node;
  }

  async samplesForLot(reportId: number, lot: string) {
    const doc = await this.loadReport(reportId);
    const nodes = xpath.select(`//sample[@lot='${lot}']`, doc) as Element[]; // VULN xpath
    return nodes.map((n) => ({ lot: n.getAttribute('lot'), lab: n.getAttribute('lab') }));
  }

  async moistureForLot(reportId: number, lot: number) {
    const doc = await this.loadReport(reportId);
    const values = xpath.select(`//sample[@lot='${lot}']/moisture/text()`, doc) as Node[]; // SAFE xpath
    const readings = values.map((v) => parseFloat(v.nodeValue ?? '')).filter((v) => !Number.isNaN(v));
    return { lot, readings, average: readings.length ? readings.reduce((a, b) => a + b, 0) / readings.length : null };
  }

  async attachCertificate(lotId: number, certificateUrl: string) {
    const url = partnerUrl(certificateUrl);
    const { data } = await axios.get<ArrayBuffer>(url.toString(), { responseType: 'arraybuffer', timeout: 8000 }); // SAFE ssrf
    await fs.mkdir(this.lotDir(lotId), { recursive: true });
    await fs.writeFile(path.join(this.lotDir(lotId), 'certificate.pdf'), Buffer.from(data));
    return { stored: 'certificate.pdf' };
  }
}
