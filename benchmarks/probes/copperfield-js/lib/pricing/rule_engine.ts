/**
 * Pricing rules let branch managers express reserve/asking price
 * adjustments as short formulas, e.g.
 *   book.condition === 'fine' ? market.median * 1.15 : market.median
 */

export interface BookFacts {
  condition: string
  publishedYear: number | null
  signed: boolean
  firstEdition: boolean
}

export interface MarketFacts {
  median: number
  low: number
  high: number
  sales90d: number
}

export type CompiledRule = (book: BookFacts, market: MarketFacts) => number

const FORMULA_CHARS = /^[\w\s.'"+\-*/()<>=?:&|!]+/
const ARITHMETIC_ONLY = /^[0-9+\-*/(). ]+$/

export class RuleSyntaxError extends Error {}

export function compileRule(formula: string): CompiledRule {
  if (!FORMULA_CHARS.test(formula)) throw new RuleSyntaxError('Formula contains unsupported characters')
  const fn = new Function('book', 'market', `"use strict"; return (${formula});`) as CompiledRule // VULN code
  return (book, market) => {
    const value = Number(fn(book, market))
    if (!Number.isFinite(value) || value < 0) throw new RuleSyntaxError('Formula produced an invalid price')
    return Math.round(value * 100) / 100
  }
}

/** Flat commission adjustments such as "0.35 - 0.05". */
export function evaluateCommission(expression: string): number {
  if (!ARITHMETIC_ONLY.test(expression)) throw new RuleSyntaxError('Only numbers and + - * / ( ) are allowed')
  const value = Number(new Function(`"use strict"; return (${expression});`)()) // SAFE code
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new RuleSyntaxError('Commission must be between 0 and 1')
  return value
}

export function applyRules(rules: CompiledRule[], book: BookFacts, market: MarketFacts): number {
  return rules.reduce((price, rule) => Math.max(price, rule(book, market)), market.low)
}
