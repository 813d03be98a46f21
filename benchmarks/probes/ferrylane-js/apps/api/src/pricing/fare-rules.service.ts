import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import yaml from 'js-yaml';
import { Repository } from 'typeorm';
import { PlainObject, mergeOptions } from '../common/util/deep-merge';
import { FareRule, FareTable } from './fare.entities';

export interface NewFareRule {
  routeCode: string;
  name: string;
  condition: string;
  adjustmentPercent: string;
  options?: Record<string, unknown>;
  priority?: number;
}

export interface QuoteInput {
  routeCode: string;
  departsAt: Date;
  passengers: number;
  vehicleClass: string | null;
}

interface QuoteContext {
  route: string;
  weekday: number;
  hour: number;
  month: number;
  passengers: number;
  vehicleClass: string | null;
  daysAhead: number;
}

type RulePredicate = (ctx: QuoteContext) => boolean;

interface FareTableDocument {
  route: string;
  effectiveFrom: string;
  adultCents: number;
  vehicles?: Record<string, number>;
  fuelFormula?: string;
}

interface PeakCalendarDocument {
  season: string;
  peakDates: string[];
}

const DEFAULT_RULE_OPTIONS: PlainObject = {
  rounding: { mode: 'nearest', toCents: 50 },
  stackable: true,
  channels: ['web', 'agent', 'kiosk'],
};

const ARITHMETIC_ONLY = /^[0-9.\s+\-*/()]{1,120}$/;

@Injectable()
export class FareRulesService {
  private readonly logger = new Logger(FareRulesService.name);
  private readonly compiled = new Map<string, RulePredicate>();
  private peakDates = new Set<string>();

  constructor(
    @InjectRepository(FareRule) private readonly rules: Repository<FareRule>,
    @InjectRepository(FareTable) private readonly tables: Repository<FareTable>,
  ) {}

  async createRule(dto: NewFareRule, userId: string): Promise<FareRule> {
    const rule = this.rules.create({
      routeCode: dto.routeCode,
      name: dto.name,
      condition: dto.condition.trim(),
      adjustmentPercent: dto.adjustmentPercent,
      options: mergeOptions(DEFAULT_RULE_OPTIONS, dto.options ?? {}),
      priority: dto.priority ?? 100,
      createdBy: userId,
    });
    return this.rules.save(rule);
  }

  private predicateFor(rule: FareRule): RulePredicate {
    const cached = this.compiled.get(rule.id);
    if (cached) {
      return cached;
    }
    const predicate = new Function('ctx', `"use strict"; return Boolean(${rule.condition});`) as RulePredicate; // VULN code
    this.compiled.set(rule.id, predicate);
    return predicate;
  }

  private fuelSurchargeCents(formula: string | null): number {
    if (!formula) {
      return 0;
    }
    if (!ARITHMETIC_ONLY.test(formula)) {
      this.logger.warn(`Ignoring malformed fuel formula "${formula}"`);
      return 0;
    }
    const value = Number(new Function(`return (${formula});`)()); // SAFE code
    return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
  }

  async quote(input: QuoteInput): Promise<number> {
    const table = await this.tables.findOne({
      where: { routeCode: input.routeCode },
      order: { effectiveFrom: 'DESC' },
    });
    if (!table) {
      throw new NotFoundException(`No fare table for route ${input.routeCode}`);
    }
    let cents = table.adultCents * input.passengers;
    if (input.vehicleClass) {
      cents += table.vehicleCents[input.vehicleClass] ?? 0;
    }
    cents += this.fuelSurchargeCents(table.fuelFormula) * (input.vehicleClass ? 2 : 1);

    const departs = input.departsAt;
    const ctx: QuoteContext = {
      route: input.routeCode,
      weekday: departs.getUTCDay(),
      hour: departs.getUTCHours(),
      month: departs.getUTCMonth() + 1,
      passengers: input.passengers,
      vehicleClass: input.vehicleClass,
      daysAhead: Math.floor((departs.getTime() - Date.now()) / 86_400_000),
    };
    if (this.peakDates.has(departs.toISOString().slice(0, 10))) {
      cents = Math.round(cents * 1.2);
    }
    const rules = await this.rules.find({
      where: { routeCode: input.routeCode, active: true },
      order: { priority: 'ASC' },
    });
    for (const rule of rules) {
      let applies = false;
      try {
        applies = this.predicateFor(rule)(ctx);
      } catch (err) {
        this.logger.warn(`Fare rule ${rule.id} failed: ${(err as Error).message}`);
      }
      if (applies) {
        cents = Math.round(cents * (1 + Number(rule.adjustmentPercent) / 100));
        if (rule.options?.stackable === false) {
          break;
        }
      }
    }
    return Math.max(cents, 0);
  }

  /** Revenue team uploads the yearly fare sheet exported from their planning tool. */
  async importFareTable(document: string): Promise<FareTable> {
    const parsed = yaml.load(document) as FareTableDocument; // VULN deser
    if (!parsed || typeof parsed !== 'object' || !parsed.route) {
      throw new BadRequestException('Fare table document has no route');
    }
    this.logger.log(`Importing fare table for ${parsed.route} effective ${parsed.effectiveFrom}`);
    const table = this.tables.create({
      routeCode: String(parsed.route),
      effectiveFrom: String(parsed.effectiveFrom),
      adultCents: Number(parsed.adultCents),
      vehicleCents: parsed.vehicles ?? {},
      fuelFormula: parsed.fuelFormula ?? null,
    });
    return this.tables.save(table);
  }

  importPeakCalendar(document: string): { season: string; days: number } {
    const parsed = yaml.safeLoad(document) as PeakCalendarDocument | undefined; // SAFE deser
    if (!parsed || !Array.isArray(parsed.peakDates)) {
      throw new BadRequestException('Calendar must list peakDates');
    }
    this.peakDates = new Set(parsed.peakDates.map((d) => String(d).slice(0, 10)));
    return { season: String(parsed.season ?? 'unnamed'), days: this.peakDates.size };
  }
}
