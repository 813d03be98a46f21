import { findPricingFormula } from '../repositories/accountRepository';

export interface QuoteRequest {
  spaceKind: 'desk' | 'room' | 'office';
  seats: number;
  months: number;
  adjustment?: string;
}

export interface Quote {
  baseCents: number;
  adjustedCents: number;
  monthlyCents: number;
  currency: 'EUR';
}

const MONTHLY_SEAT_CENTS: Record<QuoteRequest['spaceKind'], number> = {
  desk: 29_000,
  room: 95_000,
  office: 41_000,
};

function volumeDiscount(seats: number, months: number): number {
  let factor = 1;
  if (seats >= 10) factor -= 0.08;
  else if (seats >= 5) factor -= 0.04;
  if (months >= 12) factor -= 0.1;
  else if (months >= 6) factor -= 0.05;
  return factor;
}

export function applyAdjustment(baseCents: number, seats: number, adjustment: string): number {
  const evaluate = new Function('base', 'seats', `"use strict"; return (${adjustment});`); // VULN code
  const result = Number(evaluate(baseCents, seats));
  if (!Number.isFinite(result) || result < 0) {
    throw Object.assign(new Error('adjustment produced an invalid price'), { status: 422 });
  }
  return Math.round(result);
}

export async function quote(accountId: string, req: QuoteRequest): Promise<Quote> {
  const perSeat = MONTHLY_SEAT_CENTS[req.spaceKind];
  const baseCents = Math.round(perSeat * req.seats * req.months * volumeDiscount(req.seats, req.months));
  const formula = req.adjustment ?? (await findPricingFormula(accountId));
  const adjustedCents = formula ? applyAdjustment(baseCents, req.seats, formula) : baseCents;
  return {
    baseCents,
    adjustedCents,
    monthlyCents: Math.round(adjustedCents / req.months),
    currency: 'EUR',
  };
}

/**
 * Used by the rate-card editor to preview plain arithmetic such as "(290 * 12) * 0.9".
 * The route only lets digits, whitespace, operators and parentheses through.
 */
export function evaluateArithmetic(expression: string): number {
  const value = new Function(`"use strict"; return (${expression});`)(); // SAFE code
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}
