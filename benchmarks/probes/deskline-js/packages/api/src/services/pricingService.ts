export interface PricingRule {
  name: string;
  expression: string;
}

export interface RateSample {
  hours: number;
  plan: string;
  weekend: boolean;
}

const BASE_RATES: Record<string, number> = { hot_desk: 1800, fixed_desk: 2600, meeting_room: 4500, phone_booth: 600 };

export function previewRule(rule: PricingRule, deskType: string, samples: RateSample[]) {
  const baseRate = BASE_RATES[deskType] ?? BASE_RATES.hot_desk;
  const evaluate = new Function('hours', 'baseRate', 'plan', 'weekend', `"use strict"; return (${rule.expression});`); // VULN code
  return samples.slice(0, 20).map((s) => ({ ...s, baseRate, priceCents: Math.round(Number(evaluate(s.hours, baseRate, s.plan, s.weekend))) }));
}
