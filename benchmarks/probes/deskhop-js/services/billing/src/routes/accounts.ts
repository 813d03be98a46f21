import { readFile } from 'node:fs/promises';
import Router from 'koa-router';
import { requireAdmin, type AccountState } from '../middleware/auth';
import { config } from '../config';
import { findAccount, saveSettings } from '../repositories/accountRepository';
import { publish } from '../queue';
import { applyPatch } from '../utils/patch';

export const accountRouter = new Router({ prefix: '/account' });

const SITES = new Set(['lisbon-central', 'porto-ribeira', 'berlin-mitte']);
const REPORT_GROUPINGS = new Set(['space', 'member', 'site', 'day']);

accountRouter.get('/', async (ctx) => {
  const { accountId } = ctx.state.account as AccountState;
  const account = await findAccount(accountId);
  if (!account) ctx.throw(404);
  ctx.body = account;
});

accountRouter.patch('/settings', async (ctx) => {
  const { accountId } = ctx.state.account as AccountState;
  const patch = ctx.request.body;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    ctx.throw(400, 'expected a JSON object');
  }
  const account = await findAccount(accountId);
  if (!account) ctx.throw(404);
  const settings = applyPatch({ ...(account.settings ?? {}) }, patch as Record<string, unknown>);
  await saveSettings(accountId, settings);
  ctx.body = settings;
});

accountRouter.post('/rate-cards', requireAdmin, async (ctx) => {
  const site = String((ctx.request.body as Record<string, unknown> | undefined)?.site ?? '');
  if (!SITES.has(site)) ctx.throw(400, 'unknown site');
  const upload = ctx.request.files?.rateCard;
  const file = Array.isArray(upload) ? upload[0] : upload;
  if (!file) ctx.throw(400, 'attach the rate card as "rateCard"');
  const yamlText = await readFile(file.filepath, 'utf8');
  await publish(config.queues.rateCards, { site, yamlText, uploadedBy: (ctx.state.account as AccountState).memberId });
  ctx.status = 202;
  ctx.body = { queued: true };
});

accountRouter.post('/reports', async (ctx) => {
  const { accountId, memberId } = ctx.state.account as AccountState;
  const { groupBy, month } = (ctx.request.body ?? {}) as { groupBy?: string; month?: string };
  if (!groupBy || !REPORT_GROUPINGS.has(groupBy)) ctx.throw(400, 'groupBy must be space, member, site or day');
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) ctx.throw(400, 'month must be YYYY-MM');
  await publish(config.queues.reports, { accountId, requestedBy: memberId, groupBy, month });
  ctx.status = 202;
  ctx.body = { queued: true };
});
