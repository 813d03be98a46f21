import Koa, { Context, Next } from 'koa';
import Router from '@koa/router';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import jwt from 'jsonwebtoken';
import serialize from 'node-serialize';
import pino from 'pino';
import * as repo from './repository';
import * as svc from './services';

const log = pino({ name: 'pawsome-api', level: process.env.LOG_LEVEL ?? 'info' });

const PORT = Number(process.env.PORT ?? 4000);
const JWT_SECRET = process.env.JWT_SECRET as string;
const KIOSK_CLINIC_ID = Number(process.env.KIOSK_CLINIC_ID ?? 1);
const ALLOWED_ORIGINS = new Set(
  (process.env.PORTAL_ORIGINS ?? 'https://portal.pawsomevet.com,https://staff.pawsomevet.com').split(','),
);

const PORTAL_DESTINATIONS: Record<string, string> = {
  dashboard: '/portal',
  invoices: '/portal/invoices',
  pets: '/portal/pets',
  help: 'https://help.pawsomevet.com/',
};

interface BookingDraft {
  petId?: number;
  clinicId?: number;
  reason?: string;
  preferredSlot?: string;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function toId(raw: unknown, name = 'id'): number {
  const n = Number.parseInt(String(raw), 10);
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new svc.ServiceError(`invalid ${name}`);
  }
  return n;
}

const app = new Koa();
app.proxy = true;
const router = new Router();

app.use(async (ctx, next) => {
  const started = Date.now();
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    ctx.body = { error: ctx.status >= 500 ? 'internal_error' : err.message };
    if (ctx.status >= 500) log.error({ err, path: ctx.path }, 'request failed');
  } finally {
    log.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request');
  }
});

app.use(cors({ origin: (ctx) => (ALLOWED_ORIGINS.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true })); // SAFE cors

app.use(koaBody({ multipart: true, text: true, jsonLimit: '1mb', formidable: { maxFileSize: 25 * 1024 * 1024 } }));

async function requireStaff(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.cookies.get('pv_staff');
  if (!token) ctx.throw(401, 'authentication required');
  try {
    ctx.state.staff = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: 'pawsome-vet' }) as svc.StaffClaims; // SAFE jwt
  } catch {
    ctx.throw(401, 'invalid or expired session');
  }
  await next();
}

function requireRole(...roles: svc.StaffClaims['role'][]) {
  return async (ctx: Context, next: Next) => {
    if (!roles.includes(ctx.state.staff?.role)) ctx.throw(403, 'forbidden');
    await next();
  };
}

function readPortalPrefs(ctx: Context): Record<string, unknown> {
  const raw = ctx.cookies.get('pv_prefs');
  if (!raw) return {};
  return serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')); // VULN deser
}

function readBookingDraft(ctx: Context): BookingDraft | null {
  const raw = ctx.cookies.get('pv_draft');
  if (!raw) return null;
  try {
    const draft = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')); // SAFE deser
    return typeof draft === 'object' && draft !== null ? (draft as BookingDraft) : null;
  } catch {
    return null;
  }
}

/* ---------- auth ---------- */

router.post('/auth/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email?: string; password?: string };
  if (typeof email !== 'string' || typeof password !== 'string') ctx.throw(400, 'email and password required');
  const staff = await svc.verifyStaffLogin(email, password);
  const token = svc.issueStaffToken({ sub: String(staff.id), clinicId: staff.clinic_id, role: staff.role });
  ctx.cookies.set('pv_staff', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  ctx.body = { token, role: staff.role };
});

router.get('/auth/continue', async (ctx) => {
  const next = typeof ctx.query.next === 'string' ? ctx.query.next : '/portal';
  if (!ctx.cookies.get('pv_staff')) {
    ctx.redirect(`/login?next=${encodeURIComponent(next)}`);
    return;
  }
  ctx.redirect(next); // VULN redirect
});

router.get('/go/:destination', async (ctx) => {
  const key = ctx.params.destination;
  const target = Object.hasOwn(PORTAL_DESTINATIONS, key) ? PORTAL_DESTINATIONS[key] : PORTAL_DESTINATIONS.dashboard;
  ctx.redirect(target); // SAFE redirect
});

router.post('/auth/password-reset', async (ctx) => {
  const { email } = ctx.request.body as { email?: string };
  const token = await svc.createPasswordResetToken(String(email ?? ''));
  if (token) log.info({ email }, 'password reset issued');
  ctx.status = 202;
});

router.post('/owners/password-reset/confirm', async (ctx) => {
  const { email, code, newPassword } = ctx.request.body as { email: string; code: unknown; newPassword: string };
  const account = await repo.consumeOwnerResetCode(String(email), code);
  if (!account) ctx.throw(400, 'invalid or expired code');
  await repo.setOwnerPasswordHash(account._id, await svc.hashOwnerPassword(newPassword));
  ctx.status = 204;
});

router.post('/owners/lookup', async (ctx) => {
  const account = await repo.findPortalAccount((ctx.request.body as { email?: unknown }).email);
  ctx.body = account ? { exists: true, firstName: account.firstName } : { exists: false };
});

/* ---------- kiosk (in-clinic check-in screen) ---------- */

router.get('/kiosk/search', async (ctx) => {
  const term = String(ctx.query.q ?? '').trim();
  const pets = term.length >= 2 ? await repo.searchPets(KIOSK_CLINIC_ID, term) : [];
  ctx.type = 'html';
  if (pets.length === 0) {
    ctx.body = `<!doctype html><html><body><h1>Pawsome Check-in</h1><p>No pets found for "${term}".</p><a href="/kiosk">Try again</a></body></html>`; // VULN xss
    return;
  }
  const items = pets.map((p) => `<li><a href="/kiosk/checkin/${p.id}">${escapeHtml(p.name)}</a> (${escapeHtml(p.species)}, ${escapeHtml(p.owner_last_name)})</li>`);
  ctx.body = `<!doctype html><html><body><h1>Results for "${escapeHtml(term)}"</h1><ul>${items.join('')}</ul></body></html>`; // SAFE xss
});

router.get('/kiosk/draft', async (ctx) => {
  const draft = readBookingDraft(ctx);
  const prefs = readPortalPrefs(ctx);
  ctx.body = { draft, language: prefs.language ?? 'en', reference: draft ? svc.newBookingReference() : null };
});

/* ---------- staff API ---------- */

const staff = new Router({ prefix: '/api/v1' });
staff.use(requireStaff);

staff.get('/appointments', async (ctx) => {
  const { status, sort, dir } = ctx.query as Record<string, string | undefined>;
  ctx.body = await repo.listAppointments(ctx.state.staff.clinicId, status, sort, dir);
});

staff.get('/owners/:ownerId', async (ctx) => {
  const owner = await repo.getOwner(ctx.params.ownerId);
  if (!owner) ctx.throw(404, 'owner not found');
  ctx.body = owner;
});

staff.get('/owners/:ownerId/invoices', async (ctx) => {
  const from = typeof ctx.query.from === 'string' ? ctx.query.from : undefined;
  ctx.body = await repo.invoicesForOwner(toId(ctx.params.ownerId, 'owner id'), from);
});

staff.patch('/owners/:ownerId/preferences', async (ctx) => {
  ctx.body = await svc.updateOwnerPreferences(toId(ctx.params.ownerId, 'owner id'), ctx.request.body as Record<string, unknown>);
});

staff.get('/pets/:petId/prescriptions', async (ctx) => {
  ctx.body = await repo.prescriptionsForPet(toId(ctx.params.petId, 'pet id'));
});

staff.get('/pets/:petId/notes', async (ctx) => {
  ctx.body = await repo.notesForPet(ctx.state.staff.clinicId, toId(ctx.params.petId, 'pet id'));
});

staff.post('/pets/:petId/photo', async (ctx) => {
  const petId = toId(ctx.params.petId, 'pet id');
  const upload = ctx.request.files?.photo;
  if (!upload || Array.isArray(upload)) ctx.throw(400, 'exactly one photo expected');
  ctx.body = await svc.storePetPhoto(petId, upload.filepath, upload.originalFilename ?? 'photo.jpg');
});

staff.get('/attachments/:clinicId/:fileName', async (ctx) => {
  ctx.type = 'application/octet-stream';
  ctx.body = await svc.readAttachment(ctx.params.clinicId, ctx.params.fileName);
});

staff.get('/invoices/:invoiceNo/pdf', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = await svc.readInvoicePdf(ctx.params.invoiceNo);
});

staff.post('/invoices/:invoiceNo/render', async (ctx) => {
  const invoiceNo = ctx.params.invoiceNo;
  if (!/^INV-\d{6,10}$/.test(invoiceNo)) ctx.throw(400, 'bad invoice number');
  const { htmlPath } = ctx.request.body as { htmlPath: string };
  ctx.body = { file: await svc.renderInvoicePdf(invoiceNo, String(htmlPath)) };
});

staff.post('/invoices/:invoiceId/discount', requireRole('admin', 'front_desk'), async (ctx) => {
  const { rule, subtotalCents, lineCount, loyaltyYears } = ctx.request.body as Record<string, any>;
  const discountCents = svc.applyDiscountRule(String(rule), { subtotalCents: Number(subtotalCents), lineCount: Number(lineCount), loyaltyYears: Number(loyaltyYears) });
  ctx.body = { invoiceId: toId(ctx.params.invoiceId), discountCents };
});

staff.post('/dosage/preview', async (ctx) => {
  const { expression, weightKg } = ctx.request.body as { expression: string; weightKg: number };
  ctx.body = { doseMg: svc.evaluateDoseExpression(String(expression), Number(weightKg)) };
});

/* ---------- partner labs ---------- */

staff.post('/labs/:labId/archive', requireRole('vet', 'admin'), async (ctx) => {
  const archive = ctx.request.files?.archive;
  if (!archive || Array.isArray(archive)) ctx.throw(400, 'archive file required');
  const files = await svc.importLabArchive(toId(ctx.params.labId, 'lab id'), archive.filepath);
  ctx.body = { imported: files.length };
});

staff.post('/analyzer/bundle', requireRole('admin'), async (ctx) => {
  const bundle = ctx.request.files?.bundle;
  if (!bundle || Array.isArray(bundle)) ctx.throw(400, 'bundle file required');
  ctx.body = { imported: await svc.importAnalyzerBundle(bundle.filepath) };
});

staff.post('/labs/:labId/results', async (ctx) => {
  const xml = String(ctx.request.body ?? '');
  const results = ctx.query.source === 'analyzer' ? svc.parseAnalyzerXml(xml) : svc.parsePartnerResultXml(xml);
  ctx.body = { labId: toId(ctx.params.labId, 'lab id'), results };
});

staff.post('/labs/results/lookup', async (ctx) => {
  const xml = String(ctx.request.body ?? '');
  const { accession, petId } = ctx.query as Record<string, string | undefined>;
  ctx.body = accession ? svc.findResultByAccession(xml, accession) : svc.findResultsForPet(xml, Number(petId));
});

staff.post('/labs/:labId/notify', async (ctx) => {
  const { callbackUrl, accessions } = ctx.request.body as { callbackUrl: string; accessions: string[] };
  const status = await svc.notifyPartnerLab(toId(ctx.params.labId, 'lab id'), callbackUrl, { accessions });
  ctx.body = { delivered: status < 300 };
});

staff.get('/labs/report', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = await svc.fetchPartnerReport(String(ctx.query.url ?? ''));
});

router.post('/webhooks/lab-results', async (ctx) => {
  const raw = typeof ctx.request.body === 'string' ? ctx.request.body : JSON.stringify(ctx.request.body);
  if (!svc.verifyLabWebhook(raw, ctx.get('X-Lab-Signature'))) ctx.throw(401, 'bad signature');
  ctx.status = 202;
});

/* ---------- directory, reminders, admin ---------- */

staff.get('/directory/staff', async (ctx) => {
  const { username, email } = ctx.query as Record<string, string | undefined>;
  ctx.body = username ? await svc.lookupStaffByUsername(username) : await svc.lookupStaffByEmail(String(email ?? ''));
});

staff.post('/reminders/preview', requireRole('admin', 'front_desk'), async (ctx) => {
  const { template, sample } = ctx.request.body as { template: string; sample: svc.ReminderContext };
  ctx.type = 'html';
  ctx.body = svc.previewReminder(String(template), sample);
});

staff.post('/reminders/:kind/render', async (ctx) => {
  const { ownerFirstName, petName, dueDate, clinicName, clinicPhone } = ctx.request.body as Record<string, string>;
  ctx.type = 'html';
  ctx.body = await svc.renderReminder(ctx.params.kind, { ownerFirstName, petName, dueDate, clinicName, clinicPhone });
});

staff.post('/admin/staff', requireRole('admin'), async (ctx) => {
  const { email, password, role } = ctx.request.body as Record<string, string>;
  const allowedRole = role === 'vet' || role === 'admin' ? role : 'front_desk';
  await svc.setStaffPassword(email, password, allowedRole, ctx.state.staff.clinicId);
  ctx.status = 201;
});

staff.post('/admin/staff/legacy-import', requireRole('admin'), async (ctx) => {
  const rows = (ctx.request.body as { rows: Array<{ email: string; password: string }> }).rows ?? [];
  ctx.body = { imported: await svc.importLegacyStaff(rows.map((r) => ({ ...r, clinicId: ctx.state.staff.clinicId }))) };
});

app.use(router.routes()).use(router.allowedMethods());
app.use(staff.routes()).use(staff.allowedMethods());

app.listen(PORT, () => log.info({ port: PORT }, 'Pawsome Vet API listening'));
