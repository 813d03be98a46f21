import Boom from '@hapi/boom';

export interface RiskFactors {
  slope: number;
  fuel: number;
  distance: number;
  defensible: number;
  roofClass: number;
  emberExposure: number;
}

export type ScoreFn = (f: RiskFactors) => number;

export const DEFAULT_FORMULA = 'f.slope * 0.25 + f.fuel * 0.35 + (100 - f.defensible) * 0.25 + f.emberExposure * 0.15';

const formulaCache = new Map<string, ScoreFn>();

/**
 * Carriers configure their own scoring formula in the admin console, written
 * against the factor object `f` (e.g. "f.slope * 0.3 + f.fuel * 0.7").
 */
export function compileCarrierFormula(formula: string | null | undefined): ScoreFn {
  const source = formula && formula.trim() ? formula.trim() : DEFAULT_FORMULA;
  const cached = formulaCache.get(source);
  if (cached) return cached;
  const fn = new Function('f', `return (${source});`) as ScoreFn; // VULN code
  formulaCache.set(source, fn);
  return fn;
}

export function score(formula: string | null | undefined, factors: RiskFactors): number {
  const raw = Number(compileCarrierFormula(formula)(factors));
  if (!Number.isFinite(raw)) return 0;
  return Math.max(0, Math.min(100, Math.round(raw * 10) / 10));
}

const WEIGHTING_VARS = ['slope', 'fuel', 'distance', 'defensible'] as const;
const TOKEN = /\s+|\d+(?:\.\d+)?|[A-Za-z_]+|[+\-*/()]/g;

/**
 * Scheduler queue weighting. Only the four factor names, numbers, arithmetic
 * operators and parentheses are accepted.
 */
export function compileWeighting(expression: string): (...values: number[]) => number {
  if (expression.length > 200) throw Boom.badRequest('expression too long');
  const tokens = expression.match(TOKEN) ?? [];
  if (tokens.join('') !== expression) throw Boom.badRequest('expression contains unsupported characters');
  for (const t of tokens) {
    if (/^[A-Za-z_]+$/.test(t) && !(WEIGHTING_VARS as readonly string[]).includes(t)) {
      throw Boom.badRequest(`unknown factor ${t}`);
    }
  }
  return new Function(...WEIGHTING_VARS, `"use strict"; return (${expression});`) as (...values: number[]) => number; // SAFE code
}

export function previewWeighting(expression: string, samples: Array<Record<(typeof WEIGHTING_VARS)[number], number>>) {
  const fn = compileWeighting(expression);
  return samples.map((s) => fn(...WEIGHTING_VARS.map((v) => Number(s[v]) || 0)));
}
