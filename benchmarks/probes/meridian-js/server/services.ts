import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import vm from 'node:vm';
import AdmZip from 'adm-zip';
import axios from 'axios';
import ejs from 'ejs';
import libxml from 'libxmljs2';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import pino from 'pino';
import { Author, articleRepo, mediaRepo, partnerRepo, ArticleRow } from './repositories';

const log = pino({ name: 'meridian-services', level: process.env.LOG_LEVEL ?? 'info' });
const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const MEDIA_ROOT = path.resolve(process.env.MEDIA_ROOT ?? '/srv/meridian/media');
const ORIGINALS_DIR = path.join(MEDIA_ROOT, 'originals');
const RENDITIONS_DIR = path.join(MEDIA_ROOT, 'renditions');
const GALLERY_DIR = path.join(MEDIA_ROOT, 'galleries');
const PRESS_KIT_DIR = path.join(MEDIA_ROOT, 'press-kits');
const TEMPLATE_DIR = process.env.NEWSLETTER_TEMPLATE_DIR ?? '/srv/meridian/newsletter-templates';
const PARTNER_ROUTES_XML = process.env.PARTNER_ROUTES_XML ?? '/etc/meridian/partner-routes.xml';
const PUBLIC_BASE_URL = process.env.PUBLIC_BASE_URL ?? 'https://www.meridian.news';
const REGION_PATTERN = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

export class ServiceError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface DigestItem {
  id: number;
  headline: string;
  standfirst: string | null;
  url: string;
}

/* ----------------------------- media ----------------------------- */

export function streamOriginal(fileName: string): fs.ReadStream {
  return fs.createReadStream(path.join(ORIGINALS_DIR, fileName)); // VULN path
}

export async function readRendition(fileName: string): Promise<Buffer> {
  const resolved = path.resolve(RENDITIONS_DIR, fileName);
  if (!resolved.startsWith(RENDITIONS_DIR + path.sep)) {
    throw new ServiceError(404, 'Rendition not found');
  }
  return fsp.readFile(resolved); // SAFE path
}

export async function watermarkImage(mediaId: number, credit: string): Promise<string> {
  const media = await mediaRepo.findById(mediaId);
  if (!media) throw new ServiceError(404, 'Media not found');
  const src = path.join(ORIGINALS_DIR, media.storage_key);
  const out = path.join(RENDITIONS_DIR, `${media.id}-wm.jpg`);
  await execAsync(`convert "${src}" -gravity SouthEast -pointsize 18 -fill white -annotate +12+12 "© ${credit}" "${out}"`); // VULN cmdi
  await mediaRepo.setCredit(media.id, credit);
  return path.basename(out);
}

export async function probeMedia(mediaId: number): Promise<{ durationSeconds: number }> {
  const media = await mediaRepo.findById(mediaId);
  if (!media) throw new ServiceError(404, 'Media not found');
  const { stdout } = await execFileAsync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path.join(ORIGINALS_DIR, media.storage_key)]); // SAFE cmdi
  return { durationSeconds: Number.parseFloat(stdout.trim()) || 0 };
}

export async function importGalleryArchive(galleryId: number, archivePath: string): Promise<string[]> {
  const zip = new AdmZip(archivePath);
  const dest = path.join(GALLERY_DIR, String(galleryId));
  await fsp.mkdir(dest, { recursive: true });
  const written: string[] = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || entry.entryName.startsWith('__MACOSX/')) continue;
    const target = path.join(dest, entry.entryName);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, entry.getData()); // VULN zipslip
    written.push(path.relative(dest, target));
  }
  log.info({ galleryId, count: written.length }, 'gallery archive imported');
  return written;
}

export async function importPressKit(articleId: number, archivePath: string): Promise<string[]> {
  const zip = new AdmZip(archivePath);
  const root = path.join(PRESS_KIT_DIR, String(articleId));
  const written: string[] = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) {
      log.warn({ articleId, entry: entry.entryName }, 'skipping press kit entry outside target dir');
      continue;
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, entry.getData()); // SAFE zipslip
    written.push(path.relative(root, target));
  }
  return written;
}

/* -------------------------- syndication -------------------------- */

const legacyPartnerAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls
const partnerAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true, ca: process.env.PARTNER_CA_BUNDLE ? fs.readFileSync(process.env.PARTNER_CA_BUNDLE) : undefined }); // SAFE tls

function signPayload(body: string): string {
  return crypto.createHmac('sha256', 'mrd_whsec_4b1f0c9a7e2d83561c0f').update(body).digest('hex'); // VULN secret
}

export async function deliverArticle(partnerId: number, articleId: number): Promise<{ status: number }> {
  const [partner, article] = await Promise.all([partnerRepo.findById(partnerId), articleRepo.findById(articleId)]);
  if (!partner || !article) throw new ServiceError(404, 'Partner or article not found');
  if (article.status !== 'published') throw new ServiceError(409, 'Only published articles can be syndicated');
  const payload = JSON.stringify({ id: article.id, slug: article.slug, headline: article.headline, canonical: `${PUBLIC_BASE_URL}/${article.slug}`, publishedAt: article.published_at });
  const res = await axios.post(partner.ingest_url, payload, {
    httpsAgent: partner.legacy_tls ? legacyPartnerAgent : partnerAgent,
    headers: { 'content-type': 'application/json', 'x-meridian-signature': signPayload(payload) },
    timeout: 10_000,
    validateStatus: () => true,
  });
  await partnerRepo.recordDelivery(partner.id, article.id, res.status);
  return { status: res.status };
}

export async function testPartnerWebhook(partnerId: number, callbackUrl: string) {
  const started = Date.now();
  const res = await axios.post(callbackUrl, { type: 'meridian.ping', partnerId, sentAt: new Date().toISOString() }, { timeout: 5000, validateStatus: () => true }); // VULN ssrf
  return { status: res.status, latencyMs: Date.now() - started, body: JSON.stringify(res.data).slice(0, 2000) };
}

export async function importPartnerFeed(partnerId: number, xml: string) {
  const doc = libxml.parseXml(xml, { noent: true, noblanks: true }); // VULN xxe
  const items = doc.find('//item').map((node) => ({
    guid: node.get('guid')?.text() ?? crypto.randomUUID(),
    title: node.get('title')?.text() ?? '(untitled)',
    body: node.get('description')?.text() ?? '',
  }));
  const stored = await articleRepo.insertWireCopy(partnerId, items);
  return { stored, titles: items.slice(0, 10).map((i) => i.title) };
}

export function validateNitf(xml: string) {
  const doc = libxml.parseXml(xml, { noent: false, nonet: true, dtdload: false }); // SAFE xxe
  const root = doc.root();
  return { valid: root?.name() === 'nitf', headline: doc.get('//hl1')?.text() ?? null, errors: doc.errors.length };
}

let routesDoc: Document | null = null;

function partnerRoutes(): Document {
  if (!routesDoc) {
    const raw = fs.readFileSync(PARTNER_ROUTES_XML, 'utf8');
    routesDoc = new DOMParser().parseFromString(raw, 'text/xml') as unknown as Document;
  }
  return routesDoc;
}

export function describePartnerRoute(code: string): string[] {
  const nodes = xpath.select(`//partner[@code='${code}']/*`, partnerRoutes()) as Element[]; // VULN xpath
  return nodes.map((n) => `${n.nodeName}=${n.textContent ?? ''}`);
}

export function partnersForRegion(region: string): string[] {
  if (!REGION_PATTERN.test(region)) throw new ServiceError(400, 'Unknown region code');
  const nodes = xpath.select(`//region[@id='${region}']/partner/@code`, partnerRoutes()) as Attr[]; // SAFE xpath
  return nodes.map((n) => n.value);
}

/* --------------------------- newsletters -------------------------- */

const DIGEST_LAYOUT = fs.readFileSync(path.join(TEMPLATE_DIR, 'digest.ejs'), 'utf8');

export function toDigestItems(rows: ArticleRow[]): DigestItem[] {
  return rows.map((r) => ({ id: r.id, headline: r.headline, standfirst: r.standfirst, url: `${PUBLIC_BASE_URL}/${r.slug}` }));
}

export function pickFeatured(items: DigestItem[], count: number): DigestItem[] {
  const pool = [...items];
  pool.sort(() => Math.random() - 0.5);
  return pool.slice(0, count);
}

export function renderDigest(subject: string, items: DigestItem[]): string {
  return ejs.render(DIGEST_LAYOUT, { subject, items, year: new Date().getFullYear() }); // SAFE ssti
}

export function renderCustomNewsletter(template: string, subject: string, items: DigestItem[]): string {
  return ejs.render(template, { subject, items, brand: 'Meridian', year: new Date().getFullYear() }); // VULN ssti
}

/* ---------------------- desk rules & preferences ------------------- */

export function testTaggingRule(condition: string, article: Partial<ArticleRow>): boolean {
  const result = vm.runInNewContext(condition, { article: { ...article }, tags: [] as string[] }, { timeout: 50 }); // VULN code
  return Boolean(result);
}

function mergeDeep(target: Record<string, any>, source: Record<string, any>): Record<string, any> {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      mergeDeep(target[key], value);
    } else {
      target[key] = value; // VULN proto
    }
  }
  return target;
}

export async function updatePreferences(authorId: string, patch: Record<string, unknown>) {
  const author = await Author.findById(authorId);
  if (!author) throw new ServiceError(404, 'Author not found');
  const prefs = mergeDeep({ ...(author.preferences ?? {}) }, patch);
  author.set('preferences', prefs);
  author.markModified('preferences');
  await author.save();
  return prefs;
}
