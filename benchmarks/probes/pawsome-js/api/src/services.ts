import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import AdmZip from 'adm-zip';
import axios from 'axios';
import bcrypt from 'bcrypt';
import ejs from 'ejs';
import jwt from 'jsonwebtoken';
import ldap, { SearchCallbackResponse } from 'ldapjs';
import libxmljs from 'libxmljs2';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import pino from 'pino';
import * as repo from './repository';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const log = pino({ name: 'services', level: process.env.LOG_LEVEL ?? 'info' });

const ATTACHMENTS_DIR = process.env.ATTACHMENTS_DIR ?? '/var/pawsome/attachments';
const INVOICE_DIR = process.env.INVOICE_DIR ?? '/var/pawsome/invoices';
const PHOTO_DIR = process.env.PHOTO_DIR ?? '/var/pawsome/photos';
const LAB_IMPORT_DIR = process.env.LAB_IMPORT_DIR ?? '/var/pawsome/lab-imports';
const ANALYZER_DIR = process.env.ANALYZER_DIR ?? '/var/pawsome/analyzer';
const TEMPLATE_DIR = path.join(__dirname, '..', 'templates');
const STAFF_BASE_DN = process.env.LDAP_STAFF_DN ?? 'ou=staff,dc=pawsomevet,dc=com';
const BCRYPT_ROUNDS = 12;

const PARTNER_REPORT_HOSTS = new Set(['results.vetlabs-partner.com', 'api.northcountylab.net', 'lab.pawsomevet.com']);

const REMINDER_TEMPLATES = new Map<string, string>([
  ['vaccination', 'vaccination.ejs'],
  ['checkup', 'annual-checkup.ejs'],
  ['dental', 'dental-cleaning.ejs'],
  ['refill', 'prescription-refill.ejs'],
]);

const partnerLabAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls
const reportAgent = new https.Agent({ keepAlive: true, ca: process.env.LAB_CA_PEM, rejectUnauthorized: true }); // SAFE tls

const directory = ldap.createClient({
  url: process.env.LDAP_URL ?? 'ldaps://directory.pawsomevet.internal',
  tlsOptions: { ca: process.env.LDAP_CA_PEM },
});

export class ServiceError extends Error {
  constructor(message: string, public status = 400) {
    super(message);
  }
}

export interface StaffClaims {
  sub: string;
  clinicId: number;
  role: 'vet' | 'front_desk' | 'admin';
}

export interface ReminderContext {
  ownerFirstName: string;
  petName: string;
  dueDate: string;
  clinicName: string;
  clinicPhone: string;
}

/* ---------- auth & accounts ---------- */

export async function verifyStaffLogin(email: string, password: string) {
  const staff = await repo.findStaffByEmail(email);
  if (!staff || !(await bcrypt.compare(password, staff.password_hash))) {
    throw new ServiceError('invalid credentials', 401);
  }
  return staff;
}

export function issueStaffToken(claims: StaffClaims): string {
  return jwt.sign(claims, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '8h', issuer: 'pawsome-vet' }); // SAFE secret
}

export async function setStaffPassword(email: string, password: string, role: StaffClaims['role'], clinicId: number) {
  if (password.length < 12) throw new ServiceError('password too short');
  const passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS); // SAFE hash
  await repo.upsertStaff({ email: email.toLowerCase(), password_hash: passwordHash, role, clinic_id: clinicId });
}

export async function hashOwnerPassword(password: string): Promise<string> {
  if (typeof password !== 'string' || password.length < 10) throw new ServiceError('password too short');
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export async function importLegacyStaff(rows: Array<{ email: string; password: string; clinicId: number }>) {
  let imported = 0;
  for (const row of rows) {
    const passwordHash = crypto.createHash('md5').update(row.password).digest('hex'); // VULN hash
    await repo.upsertStaff({ email: row.email.toLowerCase(), password_hash: passwordHash, role: 'front_desk', clinic_id: row.clinicId });
    imported += 1;
  }
  log.info({ imported }, 'legacy staff import finished');
  return imported;
}

export async function createPasswordResetToken(email: string): Promise<string | null> {
  const staff = await repo.findStaffByEmail(email);
  if (!staff) return null;
  const token = Math.random().toString(36).slice(2) + Date.now().toString(36); // VULN random
  await repo.saveResetToken(staff.id, token);
  return token;
}

export function newBookingReference(): string {
  return 'PV-' + crypto.randomBytes(6).toString('hex').toUpperCase(); // SAFE random
}

export function verifyLabWebhook(rawBody: string, signature: string): boolean {
  const expected = crypto.createHmac('sha256', 'pv-labhook-2f9c41d7e8a3b6').update(rawBody).digest('hex'); // VULN secret
  return expected.length === signature.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

/* ---------- files ---------- */

export async function readAttachment(clinicId: string, fileName: string): Promise<Buffer> {
  const fullPath = path.join(ATTACHMENTS_DIR, clinicId, fileName);
  log.debug({ fullPath }, 'reading attachment');
  return fs.readFile(fullPath); // VULN path
}

export async function readInvoicePdf(invoiceNo: string): Promise<Buffer> {
  const base = path.resolve(INVOICE_DIR);
  const target = path.resolve(base, `${invoiceNo}.pdf`);
  if (!target.startsWith(base + path.sep)) {
    throw new ServiceError('invalid invoice reference');
  }
  return fs.readFile(target); // SAFE path
}

export async function renderInvoicePdf(invoiceNo: string, htmlPath: string): Promise<string> {
  const out = path.join(INVOICE_DIR, `${invoiceNo}.pdf`);
  await execFileAsync('wkhtmltopdf', ['--quiet', '--page-size', 'A4', htmlPath, out], { timeout: 30_000 }); // SAFE cmdi
  return out;
}

export async function storePetPhoto(petId: number, uploadedPath: string, originalName: string) {
  const target = path.join(PHOTO_DIR, `${petId}-${path.basename(originalName)}`);
  await fs.copyFile(uploadedPath, target);
  const thumb = target.replace(/\.[a-z0-9]+$/i, '') + '_thumb.jpg';
  await execAsync(`convert "${target}" -auto-orient -thumbnail 320x320 "${thumb}"`); // VULN cmdi
  return { original: target, thumbnail: thumb };
}

export async function importLabArchive(labId: number, archivePath: string): Promise<string[]> {
  const zip = new AdmZip(archivePath);
  const dest = path.join(LAB_IMPORT_DIR, String(labId), String(Date.now()));
  const written: string[] = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const outPath = path.join(dest, entry.entryName);
    await fs.mkdir(path.dirname(outPath), { recursive: true });
    await fs.writeFile(outPath, entry.getData()); // VULN zipslip
    written.push(outPath);
  }
  return written;
}

export async function importAnalyzerBundle(archivePath: string): Promise<number> {
  const root = path.resolve(ANALYZER_DIR);
  const zip = new AdmZip(archivePath);
  let count = 0;
  for (const entry of zip.getEntries()) {
    const outPath = path.resolve(root, entry.entryName);
    if (entry.isDirectory || !outPath.startsWith(root + path.sep)) {
      log.warn({ entry: entry.entryName }, 'skipping analyzer bundle entry');
      continue;
    }
    await fs.mkdir(path.dirname(outPath), { recursive: true });
    await fs.writeFile(outPath, entry.getData()); // SAFE zipslip
    count += 1;
  }
  return count;
}

/* ---------- billing ---------- */

export function applyDiscountRule(rule: string, invoice: { subtotalCents: number; lineCount: number; loyaltyYears: number }) {
  const compute = new Function('inv', `"use strict"; return (${rule});`); // VULN code
  const discount = Number(compute(invoice)) || 0;
  return Math.max(0, Math.min(invoice.subtotalCents, Math.round(discount)));
}

const ARITHMETIC_ONLY = /^[0-9.\s+\-*/()]+$/;

export function evaluateDoseExpression(expr: string, weightKg: number): number {
  const substituted = expr.replace(/\bkg\b/g, String(weightKg));
  if (!ARITHMETIC_ONLY.test(substituted)) {
    throw new ServiceError('dose expression may only contain numbers, kg and arithmetic');
  }
  return Number(new Function(`return (${substituted});`)()); // SAFE code
}

export function invoiceTotals(lines: Array<{ qty: number; unitCents: number; taxable: boolean }>, taxRate: number) {
  const subtotal = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const taxable = lines.filter((l) => l.taxable).reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  return { subtotalCents: subtotal, taxCents: Math.round(taxable * taxRate), totalCents: subtotal + Math.round(taxable * taxRate) };
}

/* ---------- partner labs ---------- */

export async function notifyPartnerLab(labId: number, callbackUrl: string, payload: Record<string, unknown>) {
  log.info({ labId, callbackUrl }, 'notifying partner lab');
  const res = await axios.post(callbackUrl, { labId, ...payload }, { httpsAgent: partnerLabAgent, timeout: 10_000 }); // VULN ssrf
  return res.status;
}

export async function fetchPartnerReport(reportUrl: string): Promise<Buffer> {
  const url = new URL(reportUrl);
  if (url.protocol !== 'https:' || !PARTNER_REPORT_HOSTS.has(url.hostname)) {
    throw new ServiceError('report host is not an approved partner lab');
  }
  const res = await axios.get(url.toString(), { responseType: 'arraybuffer', httpsAgent: reportAgent, maxRedirects: 0 }); // SAFE ssrf
  return Buffer.from(res.data);
}

export function parsePartnerResultXml(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: true, nocdata: true }); // VULN xxe
  return doc.find('//labResult').map((node) => ({
    accession: node.attr('accession')?.value(),
    analyte: node.get('analyte')?.text(),
    value: node.get('value')?.text(),
    unit: node.get('unit')?.text(),
  }));
}

export function parseAnalyzerXml(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false }); // SAFE xxe
  return doc.find('//reading').map((node) => ({ code: node.attr('code')?.value(), value: node.text() }));
}

export function findResultByAccession(xml: string, accession: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const nodes = xpath.select(`//labResult[@accession='${accession}']`, doc as unknown as Node) as Element[]; // VULN xpath
  return nodes.map((n) => ({ petId: n.getAttribute('petId'), summary: n.textContent?.trim() }));
}

export function findResultsForPet(xml: string, petId: number) {
  if (!Number.isSafeInteger(petId) || petId <= 0) throw new ServiceError('invalid pet id');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const nodes = xpath.select(`//labResult[@petId='${petId}']`, doc as unknown as Node) as Element[]; // SAFE xpath
  return nodes.map((n) => ({ accession: n.getAttribute('accession'), summary: n.textContent?.trim() }));
}

/* ---------- staff directory ---------- */

function escapeLdapFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function collectEntries(res: SearchCallbackResponse): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const entries: Array<Record<string, unknown>> = [];
    res.on('searchEntry', (entry) => entries.push(entry.pojo as unknown as Record<string, unknown>));
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  });
}

export async function lookupStaffByUsername(username: string) {
  const res = await new Promise<SearchCallbackResponse>((resolve, reject) => {
    directory.search(STAFF_BASE_DN, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(uid=${username}))` }, (err, r) => (err ? reject(err) : resolve(r))); // VULN ldap
  });
  return collectEntries(res);
}

export async function lookupStaffByEmail(email: string) {
  const res = await new Promise<SearchCallbackResponse>((resolve, reject) => {
    directory.search(STAFF_BASE_DN, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(mail=${escapeLdapFilter(email)}))` }, (err, r) => (err ? reject(err) : resolve(r))); // SAFE ldap
  });
  return collectEntries(res);
}

/* ---------- reminders & preferences ---------- */

export function previewReminder(templateBody: string, context: ReminderContext): string {
  return ejs.render(templateBody, context); // VULN ssti
}

export async function renderReminder(kind: string, context: ReminderContext): Promise<string> {
  const file = REMINDER_TEMPLATES.get(kind);
  if (!file) throw new ServiceError(`unknown reminder type: ${kind}`);
  return ejs.renderFile(path.join(TEMPLATE_DIR, file), { ...context }); // SAFE ssti
}

function deepMerge(target: Record<string, any>, source: Record<string, any>) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value; // VULN proto
    }
  }
  return target;
}

export async function updateOwnerPreferences(ownerId: number, patch: Record<string, unknown>) {
  const current = await repo.loadOwnerPreferences(ownerId);
  const merged = deepMerge(current, patch);
  await repo.saveOwnerPreferences(ownerId, merged);
  return merged;
}
