import Koa, { Context, Next } from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import multer from '@koa/multer';
import getRawBody from 'raw-body';
import serialize from 'node-serialize';
import pino from 'pino';
import {
  AuthError,
  DeskClaims,
  authenticate,
  confirmPasswordReset,
  createContributorAccount,
  createInvite,
  findStaffByEmail,
  issuePreviewLink,
  lookupStaffDirectory,
  requestPasswordReset,
  verifySessionToken,
} from './auth';
import { articleRepo, connectMongo, draftRepo } from './repositories';
import * as services from './services';

const log = pino({ name: 'meridian-desk-api', level: process.env.LOG_LEVEL ?? 'info' });
const PORT = Number(process.env.PORT ?? 4000);
const DESK_ORIGIN = process.env.DESK_ORIGIN ?? 'https://desk.meridian.news';
const upload = multer({ dest: process.env.UPLOAD_TMP ?? '/tmp/meridian-uploads', limits: { fileSize: 200 * 1024 * 1024 } });

const DEFAULT_LAYOUT = { columns: ['queue', 'calendar'], density: 'comfortable' };
const FILTER_KEYS = ['section', 'status', 'author', 'since'] as const;

interface DeskState {
  user?: DeskClaims;
  layout?: unknown;
  filters?: Record<string, string>;
}

type DeskContext = Context & { state: DeskState };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function intParam(value: unknown, name: string): number {
  const n = Number.parseInt(String(value), 10);
  if (!Number.isSafeInteger(n) || n <= 0) throw new services.ServiceError(400, `Invalid ${name}`);
  return n;
}

function safeReturnPath(raw: unknown, fallback = '/desk'): string {
  if (typeof raw !== 'string' || raw.length === 0) return fallback;
  const base = new URL(DESK_ORIGIN);
  const candidate = new URL(raw, base);
  return candidate.origin === base.origin ? `${candidate.pathname}${candidate.search}` : fallback;
}

async function requireUser(ctx: DeskContext, next: Next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.cookies.get('desk_session');
  if (!token) ctx.throw(401, 'Authentication required');
  try {
    ctx.state.user = verifySessionToken(token);
  } catch (err) {
    log.debug({ err }, 'rejected session token');
    ctx.throw(401, 'Session expired');
  }
  await next();
}

function requireRole(...roles: DeskClaims['role'][]) {
  return async (ctx: DeskContext, next: Next) => {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) ctx.throw(403, 'Insufficient role');
    await next();
  };
}

const app = new Koa();
app.proxy = true;

app.use(async (ctx, next) => {
  const started = Date.now();
  try {
    await next();
  } catch (err: any) {
    const status = err instanceof services.ServiceError || err instanceof AuthError ? err.status : err.status ?? 500;
    ctx.status = status;
    ctx.body = { error: status >= 500 ? 'Internal error' : err.message };
    if (status >= 500) log.error({ err, path: ctx.path }, 'request failed');
  } finally {
    log.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request');
  }
});

app.use(cors({ origin: (ctx) => ctx.get('Origin') || DESK_ORIGIN, credentials: true, allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'] })); // VULN cors
app.use(bodyParser({ enableTypes: ['json', 'form'], jsonLimit: '2mb' }));

app.use(async (ctx: DeskContext, next) => {
  const layoutCookie = ctx.cookies.get('desk_layout');
  ctx.state.layout = DEFAULT_LAYOUT;
  if (layoutCookie) {
    try {
      ctx.state.layout = serialize.unserialize(Buffer.from(layoutCookie, 'base64').toString('utf8')); // VULN deser
    } catch {
      log.debug('ignoring malformed layout cookie');
    }
  }
  const filterCookie = ctx.cookies.get('desk_filters');
  if (filterCookie) {
    try {
      const parsed = JSON.parse(Buffer.from(filterCookie, 'base64url').toString('utf8')); // SAFE deser
      ctx.state.filters = Object.fromEntries(FILTER_KEYS.filter((k) => typeof parsed[k] === 'string').map((k) => [k, parsed[k]]));
    } catch {
      ctx.state.filters = {};
    }
  }
  await next();
});

const router = new Router<DeskState>();

/* ------------------------------ auth ------------------------------ */

router.post('/auth/login', async (ctx) => {
  const { email, password } = ctx.request.body as Record<string, any>;
  const { token, author } = await authenticate(email, String(password ?? ''));
  ctx.cookies.set('desk_session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  ctx.body = { author };
});

router.get('/auth/sso/callback', async (ctx) => {
  const ticket = String(ctx.query.ticket ?? '');
  if (!ticket) ctx.throw(400, 'Missing SSO ticket');
  log.info({ ticket: ticket.slice(0, 6) }, 'sso callback');
  ctx.redirect(String(ctx.query.next ?? '/desk')); // VULN redirect
});

router.get('/auth/logout', async (ctx) => {
  ctx.cookies.set('desk_session', null);
  ctx.redirect(safeReturnPath(ctx.query.returnTo, '/login')); // SAFE redirect
});

router.post('/auth/password-reset/request', async (ctx) => {
  await requestPasswordReset((ctx.request.body as Record<string, any>).email);
  ctx.status = 202;
});

router.post('/auth/password-reset/confirm', async (ctx) => {
  const { email, token, password } = ctx.request.body as Record<string, any>;
  await confirmPasswordReset(email, token, password);
  ctx.status = 204;
});

/* ---------------------------- accounts ---------------------------- */

router.post('/authors/invite', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { email, role } = ctx.request.body as Record<string, any>;
  const code = await createInvite(String(email), role === 'editor' ? 'editor' : 'reporter');
  ctx.body = { email, code };
});

router.post('/contributors', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { email, displayName, password } = ctx.request.body as Record<string, any>;
  const account = await createContributorAccount(String(email), String(displayName ?? ''), String(password));
  ctx.status = 201;
  ctx.body = { id: account.id, email: account.email };
});

router.patch('/me/preferences', requireUser, async (ctx) => {
  const patch = ctx.request.body as Record<string, unknown>;
  ctx.body = await services.updatePreferences(ctx.state.user!.sub, patch);
});

router.get('/staff/by-email', requireUser, async (ctx) => {
  const person = await findStaffByEmail(String(ctx.query.email ?? ''));
  if (!person) ctx.throw(404, 'No staff member with that email');
  ctx.body = person;
});

router.get('/staff/:username', requireUser, async (ctx) => {
  ctx.body = await lookupStaffDirectory(ctx.params.username);
});

/* ---------------------------- articles ---------------------------- */

router.get('/articles/search', requireUser, async (ctx) => {
  ctx.body = await articleRepo.search(String(ctx.query.q ?? ''));
});

router.get('/articles/fts', requireUser, async (ctx) => {
  const limit = Math.min(intParam(ctx.query.limit ?? 20, 'limit'), 100);
  ctx.body = await articleRepo.fullTextSearch(String(ctx.query.q ?? ''), limit);
});

router.get('/sections/:section/articles', async (ctx) => {
  ctx.body = await articleRepo.listBySection(ctx.params.section, String(ctx.query.sort ?? 'newest'));
});

router.get('/authors/:id/articles', requireUser, async (ctx) => {
  const orderBy = String(ctx.query.orderBy ?? 'published_at');
  ctx.body = await articleRepo.listForAuthor(intParam(ctx.params.id, 'author id'), orderBy);
});

router.get('/articles/:id/card', async (ctx) => {
  const article = await articleRepo.findById(intParam(ctx.params.id, 'article id'));
  if (!article || article.status !== 'published') ctx.throw(404, 'Article not found');
  const ref = String(ctx.query.ref ?? 'direct');
  ctx.type = 'html';
  ctx.body = `<article class="share-card" data-ref="${escapeHtml(ref)}"><h2>${escapeHtml(article.headline)}</h2><p>${escapeHtml(article.standfirst ?? '')}</p></article>`; // SAFE xss
});

router.post('/articles/:id/preview-link', requireUser, async (ctx) => {
  ctx.body = { url: issuePreviewLink(intParam(ctx.params.id, 'article id')) };
});

router.get('/drafts', requireUser, async (ctx) => {
  const minWords = String(ctx.query.minWords ?? '0');
  ctx.body = await draftRepo.findLongDrafts(minWords, ctx.state.user!.email);
});

router.get('/drafts/:id', requireUser, async (ctx) => {
  const draft = await draftRepo.findDraft(ctx.params.id, ctx.state.user!.email);
  if (!draft) ctx.throw(404, 'Draft not found');
  ctx.body = draft;
});

router.post('/rules/test', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { condition, articleId } = ctx.request.body as Record<string, any>;
  const article = await articleRepo.findById(intParam(articleId, 'article id'));
  if (!article) ctx.throw(404, 'Article not found');
  ctx.body = { matched: services.testTaggingRule(String(condition), article) };
});

/* ------------------------------ media ----------------------------- */

router.get('/media/originals/:name', requireUser, async (ctx) => {
  ctx.type = ctx.params.name.split('.').pop() ?? 'application/octet-stream';
  ctx.body = services.streamOriginal(ctx.params.name);
});

router.get('/media/renditions/:name', async (ctx) => {
  ctx.type = 'image/jpeg';
  ctx.set('Cache-Control', 'public, max-age=86400');
  ctx.body = await services.readRendition(ctx.params.name);
});

router.post('/media/:id/watermark', requireUser, async (ctx) => {
  const { credit } = ctx.request.body as Record<string, any>;
  const rendition = await services.watermarkImage(intParam(ctx.params.id, 'media id'), String(credit ?? 'Meridian'));
  ctx.body = { rendition };
});

router.get('/media/:id/probe', requireUser, async (ctx) => {
  ctx.body = await services.probeMedia(intParam(ctx.params.id, 'media id'));
});

router.post('/media/galleries/:id/import', requireUser, upload.single('archive'), async (ctx) => {
  if (!ctx.file) ctx.throw(400, 'archive file is required');
  const files = await services.importGalleryArchive(intParam(ctx.params.id, 'gallery id'), ctx.file.path);
  ctx.body = { imported: files.length, files };
});

router.post('/articles/:id/press-kit', requireUser, upload.single('archive'), async (ctx) => {
  if (!ctx.file) ctx.throw(400, 'archive file is required');
  ctx.body = { files: await services.importPressKit(intParam(ctx.params.id, 'article id'), ctx.file.path) };
});

/* --------------------------- newsletters -------------------------- */

router.get('/newsletters/digest', requireUser, async (ctx) => {
  const rows = await articleRepo.listBySection(String(ctx.query.section ?? 'news'), 'newest');
  const items = services.pickFeatured(services.toDigestItems(rows), 8);
  ctx.type = 'html';
  ctx.body = services.renderDigest(String(ctx.query.subject ?? 'The Meridian Daily'), items);
});

router.post('/newsletters/render', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { template, subject, section } = ctx.request.body as Record<string, any>;
  const rows = await articleRepo.listBySection(String(section ?? 'news'), 'newest');
  ctx.type = 'html';
  ctx.body = services.renderCustomNewsletter(String(template), String(subject ?? ''), services.toDigestItems(rows));
});

router.get('/newsletters/preview', requireUser, async (ctx) => {
  const subject = ctx.query.subject ?? 'Untitled issue';
  const preheader = ctx.query.preheader ?? '';
  ctx.type = 'html';
  ctx.body = `<!doctype html><html><head><title>Preview</title></head><body><h1>${subject}</h1><p class="preheader">${preheader}</p></body></html>`; // VULN xss
});

/* --------------------------- syndication -------------------------- */

router.post('/syndication/partners/:id/deliver', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { articleId } = ctx.request.body as Record<string, any>;
  ctx.body = await services.deliverArticle(intParam(ctx.params.id, 'partner id'), intParam(articleId, 'article id'));
});

router.post('/syndication/partners/:id/test-webhook', requireUser, requireRole('editor', 'admin'), async (ctx) => {
  const { callbackUrl } = ctx.request.body as Record<string, any>;
  ctx.body = await services.testPartnerWebhook(intParam(ctx.params.id, 'partner id'), String(callbackUrl));
});

router.post('/syndication/partners/:id/feed', requireUser, async (ctx) => {
  const xml = await getRawBody(ctx.req, { limit: '5mb', encoding: 'utf8' });
  ctx.body = await services.importPartnerFeed(intParam(ctx.params.id, 'partner id'), xml);
});

router.post('/syndication/validate', requireUser, async (ctx) => {
  const xml = await getRawBody(ctx.req, { limit: '5mb', encoding: 'utf8' });
  ctx.body = services.validateNitf(xml);
});

router.get('/syndication/routes', requireUser, async (ctx) => {
  ctx.body = { settings: services.describePartnerRoute(String(ctx.query.code ?? '')) };
});

router.get('/syndication/regions/:region', requireUser, async (ctx) => {
  ctx.body = { partners: services.partnersForRegion(ctx.params.region.toUpperCase()) };
});

app.use(router.routes()).use(router.allowedMethods());

export async function start(): Promise<void> {
  await connectMongo();
  app.listen(PORT, () => log.info({ port: PORT }, 'meridian desk api listening'));
}

if (require.main === module) {
  start().catch((err) => {
    log.fatal({ err }, 'failed to start');
    process.exit(1);
  });
}

export default app;
