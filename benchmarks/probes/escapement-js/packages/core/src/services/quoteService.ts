import vm from 'node:vm';
import { config } from '../config';
import type { Quote, QuoteLine, QuoteStatus, WorkshopSettingsData } from '../entities';
import { enqueueDealerWebhook } from '../jobs/queue';
import { quoteRepository } from '../repositories/quoteRepository';
import { eta, renderInline, viewHelpers } from '../templating/eta';
import { ValidationError } from '../util/guards';
import { getSettings } from './settingsService';

export interface QuoteTotals {
  labourPence: number;
  partsPence: number;
  sundriesPence: number;
  markupPence: number;
  adjustmentPence: number;
  netPence: number;
  vatPence: number;
  grossPence: number;
}

export interface QuoteDraft {
  intro?: string;
}

export interface QuoteUpdate {
  lines?: QuoteLine[];
  labourHours?: number;
  intro?: string | null;
  status?: QuoteStatus;
  adjustment?: { expression?: string; preset?: string; note?: string };
}

export interface PublicQuoteView {
  token: string;
  reference: string;
  status: QuoteStatus;
  customerName: string;
  clockType: string;
  maker: string | null;
  lines: QuoteLine[];
  totals: QuoteTotals;
  customerMessage: string | null;
  validUntil: Date | null;
}

const PRICING_PRESETS: Record<string, string> = {
  'trade-discount': 'Math.round(-subtotal * 0.15)',
  'insurance-report': '4500',
  'rush-job': 'Math.round(labour * 0.25)',
  'heritage-trust': 'Math.round(-subtotal * 0.1)',
  'minimum-charge': 'Math.max(0, minimum - subtotal)',
};

const VALID_TRANSITIONS: Record<QuoteStatus, QuoteStatus[]> = {
  draft: ['sent'],
  sent: ['accepted', 'declined', 'expired', 'draft'],
  accepted: [],
  declined: ['draft'],
  expired: ['draft'],
};

export function computeTotals(quote: Pick<Quote, 'lines' | 'labourHours' | 'labourRatePence' | 'adjustmentPence'>, settings: WorkshopSettingsData, acceptedOptional: string[] = []): QuoteTotals {
  const included = quote.lines.filter((line) => !line.optional || acceptedOptional.includes(line.code));
  const sum = (kind: QuoteLine['kind']) =>
    included.filter((line) => line.kind === kind).reduce((acc, line) => acc + line.quantity * line.unitPence, 0);

  const labourPence = Math.round(Number(quote.labourHours) * quote.labourRatePence) + sum('labour');
  const partsPence = sum('part');
  const sundriesPence = sum('sundry');
  const markupPence = Math.round(partsPence * settings.pricing.partsMarkup);
  const netPence = Math.max(
    labourPence + partsPence + sundriesPence + markupPence + quote.adjustmentPence,
    settings.pricing.minimumChargePence,
  );
  const vatPence = Math.round(netPence * config.pricing.vatRate);
  return {
    labourPence,
    partsPence,
    sundriesPence,
    markupPence,
    adjustmentPence: quote.adjustmentPence,
    netPence,
    vatPence,
    grossPence: netPence + vatPence,
  };
}

function validUntil(quote: Quote, settings: WorkshopSettingsData): Date | null {
  if (!quote.sentAt) return null;
  return new Date(quote.sentAt.getTime() + settings.quoteValidityDays * 86_400_000);
}

export async function renderQuoteHtml(quoteId: number, draft: QuoteDraft = {}): Promise<string> {
  const repo = await quoteRepository();
  const quote = await repo.findById(quoteId);
  if (!quote) throw new ValidationError(`Quote ${quoteId} not found`);
  const settings = await getSettings();
  const order = quote.order;
  const customer = order.customer;
  const totals = computeTotals(quote, settings, quote.acceptedOptions ?? []);

  const placeholders = {
    customer: { name: customer.name },
    order: { reference: order.reference, clockType: order.clockType, maker: order.maker ?? null },
  };
  const intro = draft.intro !== undefined ? renderInline(draft.intro, placeholders) : quote.intro ?? '';
  const footer = eta.renderString(settings.quoteFooter, { validityDays: settings.quoteValidityDays, workshop: settings.workshop }); // VULN ssti

  return eta.render('./quote', { quote: { reference: order.reference, token: quote.token, status: quote.status, lines: quote.lines, validUntil: validUntil(quote, settings) }, order, customer, customerMessage: quote.customerMessage ?? null, intro, footer, totals, workshop: settings.workshop, helpers: viewHelpers }); // SAFE ssti
}

function evaluateAdjustment(expression: string, figures: { subtotal: number; parts: number; labour: number }): number {
  const formula = new Function('subtotal', 'parts', 'labour', `"use strict"; return (${expression});`) as (s: number, p: number, l: number) => unknown; // VULN code
  const result = Number(formula(figures.subtotal, figures.parts, figures.labour));
  if (!Number.isFinite(result)) {
    throw new ValidationError('Adjustment formula did not produce a number', 'adjustment.expression');
  }
  return Math.round(result);
}

function evaluatePreset(preset: string, figures: { subtotal: number; parts: number; labour: number; minimum: number }): number {
  const formula = PRICING_PRESETS[preset];
  if (formula === undefined) {
    throw new ValidationError(`Unknown pricing preset "${preset}"`, 'adjustment.preset');
  }
  const result = vm.runInNewContext(formula, { ...figures, Math }, { timeout: 50 }); // SAFE code
  return Math.round(Number(result));
}

export async function updateQuote(quoteId: number, update: QuoteUpdate, actor: string): Promise<Quote> {
  const repo = await quoteRepository();
  const quote = await repo.findById(quoteId);
  if (!quote) throw new ValidationError(`Quote ${quoteId} not found`);
  if (quote.status === 'accepted') {
    throw new ValidationError('Accepted quotes can no longer be changed');
  }
  const settings = await getSettings();

  if (update.lines) quote.lines = update.lines;
  if (update.labourHours !== undefined) quote.labourHours = update.labourHours.toFixed(2);
  if (update.intro !== undefined) quote.intro = update.intro ?? undefined;

  if (update.adjustment) {
    const before = computeTotals({ ...quote, adjustmentPence: 0 }, settings);
    const figures = {
      subtotal: before.labourPence + before.partsPence + before.sundriesPence + before.markupPence,
      parts: before.partsPence,
      labour: before.labourPence,
      minimum: settings.pricing.minimumChargePence,
    };
    if (update.adjustment.preset) {
      quote.adjustmentPence = evaluatePreset(update.adjustment.preset, figures);
      quote.adjustmentNote = update.adjustment.note ?? update.adjustment.preset;
    } else if (update.adjustment.expression) {
      quote.adjustmentPence = evaluateAdjustment(update.adjustment.expression, figures);
      quote.adjustmentNote = update.adjustment.note;
    }
  }

  if (update.status && update.status !== quote.status) {
    if (!VALID_TRANSITIONS[quote.status].includes(update.status)) {
      throw new ValidationError(`Cannot move quote from ${quote.status} to ${update.status}`, 'status');
    }
    quote.status = update.status;
    if (update.status === 'sent') {
      quote.sentAt = new Date();
      await enqueueDealerWebhook({ quoteId: quote.id, event: 'quote.sent' });
    }
  }

  await repo.flush();
  console.info(`[quotes] ${actor} updated quote ${quote.id} (${quote.order.reference})`);
  return quote;
}

export async function getPublicQuoteView(token: string): Promise<PublicQuoteView | null> {
  const repo = await quoteRepository();
  const quote = await repo.findByToken(token);
  if (!quote || quote.status === 'draft') return null;
  const settings = await getSettings();
  return {
    token: quote.token,
    reference: quote.order.reference,
    status: quote.status,
    customerName: quote.order.customer.name,
    clockType: quote.order.clockType,
    maker: quote.order.maker ?? null,
    lines: quote.lines,
    totals: computeTotals(quote, settings, quote.acceptedOptions ?? []),
    customerMessage: quote.customerMessage ?? null,
    validUntil: validUntil(quote, settings),
  };
}

export async function acceptQuote(token: string, optionalCodes: string[]): Promise<Quote> {
  const repo = await quoteRepository();
  const quote = await repo.findByToken(token);
  if (!quote || quote.status !== 'sent') {
    throw new ValidationError('This quotation can no longer be accepted');
  }
  const offered = new Set(quote.lines.filter((line) => line.optional).map((line) => line.code));
  quote.acceptedOptions = optionalCodes.filter((code) => offered.has(code));
  quote.status = 'accepted';
  quote.acceptedAt = new Date();
  await repo.flush();
  await enqueueDealerWebhook({ quoteId: quote.id, event: 'quote.accepted' });
  return quote;
}

export interface LedgerQuote {
  reference: string;
  customerName: string;
  customerEmail: string;
  totals: QuoteTotals;
  lines: Array<{ code: string; description: string; amountPence: number }>;
}

export async function loadQuoteForLedger(quoteId: number): Promise<LedgerQuote | null> {
  const repo = await quoteRepository();
  const quote = await repo.findById(quoteId);
  if (!quote || quote.status !== 'accepted') return null;
  const settings = await getSettings();
  const accepted = quote.acceptedOptions ?? [];
  return {
    reference: `${quote.order.reference}-Q${quote.id}`,
    customerName: quote.order.customer.name,
    customerEmail: quote.order.customer.email,
    totals: computeTotals(quote, settings, accepted),
    lines: quote.lines
      .filter((line) => !line.optional || accepted.includes(line.code))
      .map((line) => ({ code: line.code, description: line.description, amountPence: line.quantity * line.unitPence })),
  };
}
