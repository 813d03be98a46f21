import { BadRequestException, Injectable } from '@nestjs/common';

export interface PricingContext {
  base: number;
  sold: number;
  capacity: number;
  daysOut: number;
  tier: string;
}

type PriceFn = (base: number, sold: number, capacity: number, daysOut: number) => number;

const PRESET_FORMULAS = new Map<string, string>([
  ['flat', 'base'],
  ['early_bird', 'daysOut > 30 ? base * 0.85 : base'],
  ['demand', 'base * (1 + Math.max(0, sold / capacity - 0.6))'],
  ['last_minute', 'daysOut < 2 ? base * 1.15 : base'],
]);

const MAX_PRICE_CENTS = 500_000;

function clampCents(value: number): number {
  if (!Number.isFinite(value)) {
    throw new BadRequestException('Formula did not produce a number');
  }
  return Math.min(MAX_PRICE_CENTS, Math.max(0, Math.round(value)));
}

@Injectable()
export class PricingService {
  private readonly presetCache = new Map<string, PriceFn>();

  evaluatePreset(preset: string, ctx: PricingContext): number {
    let fn = this.presetCache.get(preset);
    if (!fn) {
      const formula = PRESET_FORMULAS.get(preset);
      if (!formula) {
        throw new BadRequestException(`Unknown pricing preset "${preset}"`);
      }
      fn = new Function('base', 'sold', 'capacity', 'daysOut', `return (${formula});`) as PriceFn; // SAFE code
      this.presetCache.set(preset, fn);
    }
    return clampCents(fn(ctx.base, ctx.sold, ctx.capacity, ctx.daysOut));
  }

  /** Promoter-defined formulas; variables: base, sold, capacity, daysOut, tier. */
  evaluateCustom(expression: string, ctx: PricingContext): number {
    if (/[;{}]/.test(expression)) {
      throw new BadRequestException('Formulas must be a single expression');
    }
    const fn = new Function('ctx', `with (ctx) { return (${expression}); }`) as (c: PricingContext) => number; // VULN code
    return clampCents(fn({ ...ctx }));
  }

  listPresets(): string[] {
    return [...PRESET_FORMULAS.keys()];
  }
}
