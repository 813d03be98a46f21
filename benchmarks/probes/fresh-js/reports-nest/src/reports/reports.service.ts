import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { QueryTypes, Sequelize } from 'sequelize';
import { Pool } from 'pg';
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import * as https from 'https';
import { spawn } from 'child_process';
import { randomBytes, scryptSync } from 'crypto';
import * as jwt from 'jsonwebtoken';
import AdmZip from 'adm-zip';
import axios from 'axios';
import { parseStringPromise } from 'xml2js';

export const PG_POOL = 'PG_POOL';
export const SEQUELIZE = 'SEQUELIZE';

export interface SharedReport {
  token: string;
  reportId: number;
  salt: string;
  passwordHash: string | null;
  revoked: boolean;
}

interface ReportRow {
  id: number;
  title: string;
  created_by: string;
  created_at: Date;
}

const ARCHIVE_DIR = '/srv/reports/archive';
const TEMPLATE_DIR = path.resolve('/srv/reports/templates');
const BUNDLE_DIR = '/srv/reports/bundles';
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.partner-bi.example.com']);
const WAREHOUSE_API = 'https://warehouse.internal.example.com/api/v1/totals';

const warehouseAgent = new https.Agent({ ca: readFileSync('/etc/ssl/private-ca/warehouse-ca.pem'), rejectUnauthorized: true }); // SAFE insecure-tls

@Injectable()
export class ReportsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(SEQUELIZE) private readonly sequelize: Sequelize,
    @InjectModel('SharedReport') private readonly sharedReports: Model<SharedReport>,
  ) {}

  async regionalSummary(region: string) {
    return this.sequelize.query(`SELECT region, SUM(total_cents) AS revenue, COUNT(*) AS orders FROM orders WHERE region = '${region}' GROUP BY region`, { type: QueryTypes.SELECT }); // VULN sqli
  }

  async findReport(id: number): Promise<ReportRow> {
    const rows = await this.sequelize.query<ReportRow>('SELECT id, title, created_by, created_at FROM reports WHERE id = :id', { replacements: { id }, type: QueryTypes.SELECT }); // SAFE sqli
    if (rows.length === 0) {
      throw new NotFoundException(`report ${id} not found`);
    }
    return rows[0];
  }

  async listRuns(owner: string, sort: string) {
    const { rows } = await this.pool.query(`SELECT id, report_id, status, started_at, finished_at FROM report_runs WHERE owner = $1 ORDER BY ${sort} DESC LIMIT 200`, [owner]); // VULN sqli
    return rows;
  }

  async readArchive(name: string): Promise<Buffer> {
    return fs.readFile(path.join(ARCHIVE_DIR, name)); // VULN path-traversal
  }

  async readTemplate(name: string): Promise<string> {
    const fullPath = path.resolve(TEMPLATE_DIR, name);
    if (!fullPath.startsWith(TEMPLATE_DIR + path.sep)) {
      throw new BadRequestException('invalid template name');
    }
    return fs.readFile(fullPath, 'utf8'); // SAFE path-traversal
  }

  async extractBundle(buffer: Buffer) {
    const zip = new AdmZip(buffer);
    const target = path.join(BUNDLE_DIR, `${Date.now()}`);
    await fs.mkdir(target, { recursive: true });
    const written: string[] = [];
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) {
        continue;
      }
      const destination = path.join(target, entry.entryName);
      await fs.writeFile(destination, entry.getData()); // VULN path-traversal
      written.push(entry.entryName);
    }
    return { directory: path.basename(target), files: written };
  }

  async importDefinition(xml: string) {
    const parsed = await parseStringPromise(xml, { explicitArray: false, strict: true }); // SAFE xxe
    const definition = parsed?.report ?? {};
    return { title: String(definition.title ?? ''), columns: [].concat(definition.columns?.column ?? []) };
  }

  async createShareLink(reportId: number, password?: string) {
    await this.findReport(reportId);
    const token = randomBytes(24).toString('base64url'); // SAFE weak-random
    const salt = randomBytes(16);
    const passwordHash = password ? scryptSync(password, salt, 64).toString('hex') : null; // SAFE weak-hash
    await this.sharedReports.create({ token, reportId, salt: salt.toString('hex'), passwordHash, revoked: false });
    const downloadToken = jwt.sign({ reportId, scope: 'download' }, 'rpt-dl-8c41f2a9e7b3', { expiresIn: '15m' }); // VULN hardcoded-secret
    return { token, downloadToken };
  }

  async openShared(token: string, password?: string) {
    const share = await this.sharedReports.findOne({ token, revoked: false }).lean().exec(); // VULN nosqli
    if (!share) {
      throw new NotFoundException('share link not found');
    }
    if (share.passwordHash) {
      const attempt = scryptSync(String(password ?? ''), Buffer.from(share.salt, 'hex'), 64).toString('hex');
      if (attempt !== share.passwordHash) {
        throw new ForbiddenException('wrong password');
      }
    }
    return this.findReport(share.reportId);
  }

  async notifyWebhook(reportId: number, callbackUrl: string) {
    let target: URL;
    try {
      target = new URL(callbackUrl);
    } catch {
      throw new BadRequestException('invalid callback url');
    }
    if (target.protocol !== 'https:' || !WEBHOOK_HOSTS.has(target.hostname)) {
      throw new BadRequestException('callback host not allowed');
    }
    await axios.post(target.toString(), { reportId, status: 'ready' }, { timeout: 5000, maxRedirects: 0 }); // SAFE ssrf
    return { delivered: true };
  }

  renderPdf(reportId: number): Promise<string> {
    const output = path.join(ARCHIVE_DIR, `report-${reportId}.pdf`);
    return new Promise((resolve, reject) => {
      const child = spawn('wkhtmltopdf', ['--quiet', `http://127.0.0.1:3000/internal/reports/${reportId}/html`, output]); // SAFE cmdi
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(path.basename(output)) : reject(new Error(`wkhtmltopdf exited with ${code}`))));
    });
  }

  async warehouseTotals() {
    const response = await axios.get(WAREHOUSE_API, { httpsAgent: warehouseAgent, timeout: 5000 });
    return response.data;
  }
}
