import Router from 'koa-router';
import type { AccountState } from '../middleware/auth';
import { evaluateArithmetic, quote, type QuoteRequest } from '../services/pricingService';
import { ARITHMETIC_EXPRESSION } from '../validators';

export const pricingRouter = new Router({ prefix: '/pricing' });

const SPACE_KINDS = new Set<QuoteRequest['spaceKind']>(['desk', 'room', 'office']);

pricingRouter.post('/quote', async (ctx) => {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const spaceKind = String(body.spaceKind) as QuoteRequest['spaceKind'];
  const seats = Number(body.seats);
  const months = Number(body.months ?? 1);
  if (!SPACE_KINDS.has(spaceKind)) ctx.throw(400, 'spaceKind must be desk, room or office');
  if (!Number.isInteger(seats) || seats < 1 || seats > 200) ctx.throw(400, 'seats must be between 1 and 200');
  if (!Number.isInteger(months) || months < 1 || months > 36) ctx.throw(400, 'months must be between 1 and 36');

  const adjustment = typeof body.adjustment === 'string' && body.adjustment.trim() !== '' ? body.adjustment.trim() : undefined;
  if (adjustment && adjustment.length > 120) ctx.throw(400, 'adjustment is too long');

  const account = ctx.state.account as AccountState;
  ctx.body = await quote(account.accountId, { spaceKind, seats, months, adjustment });
});

pricingRouter.post('/evaluate', async (ctx) => {
  const { expression } = (ctx.request.body ?? {}) as { expression?: unknown };
  if (typeof expression !== 'string' || !ARITHMETIC_EXPRESSION.test(expression)) {
    ctx.throw(400, 'only numbers, + - * / and parentheses are allowed');
  }
  const value = evaluateArithmetic(expression);
  if (Number.isNaN(value)) ctx.throw(422, 'expression does not evaluate to a number');
  ctx.body = { value };
});
