import vm from 'node:vm';
import { badRequest } from '../types';

export interface PayVariables {
  hours: number;
  lessons: number;
  rate: number;
}

export type PayFormula = (vars: PayVariables) => number;

// Numbers, the three pay variables, arithmetic operators and parentheses.
const FORMULA_PATTERN = /^(?:\s|\d+(?:\.\d+)?|hours|lessons|rate|[-+*/()])+$/;

export function compileFormula(expression: string): PayFormula {
  const trimmed = expression.trim();
  if (trimmed.length === 0 || trimmed.length > 200 || !FORMULA_PATTERN.test(trimmed)) {
    throw badRequest('Formula may only use numbers, hours, lessons, rate and + - * / ( )');
  }
  const fn = new Function('hours', 'lessons', 'rate', `"use strict"; return (${trimmed});`) as (h: number, l: number, r: number) => number; // SAFE code
  return (vars) => {
    const value = fn(vars.hours, vars.lessons, vars.rate);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw badRequest('Formula did not produce a number');
    }
    return Math.round(value * 100) / 100;
  };
}

/**
 * Placement rubrics weight the section scores, e.g.
 * "(reading * 0.3 + listening * 0.3 + grammar * 0.4) * 100".
 */
export function evaluateRubric(expression: string, sections: Record<string, number>): number {
  const context = vm.createContext({ ...sections, Math });
  const value = vm.runInContext(expression, context, { timeout: 50 }); // VULN code
  const score = Number(value);
  if (!Number.isFinite(score)) {
    throw badRequest('Rubric did not produce a numeric score');
  }
  return Math.max(0, Math.min(100, score));
}
