import Joi from 'joi';

export const POLICY_NUMBER = /^[A-Z]{2,4}-\d{6,10}$/;
export const ZIP_CODE = /^\d{5}$/;

export function assertPolicyNumber(value: unknown): string {
  if (typeof value !== 'string' || !POLICY_NUMBER.test(value)) {
    throw new TypeError('policy number must look like CA-0012345');
  }
  return value;
}

export interface PropertyUpdateDto {
  insuredName?: string;
  listingUrl?: string | null;
  accessNotes?: string | null;
  riskTier?: number;
}

export const propertyUpdateSchema = Joi.object<PropertyUpdateDto>({
  insuredName: Joi.string().max(200),
  listingUrl: Joi.string().max(2048).allow(null, ''),
  accessNotes: Joi.string().max(4000).allow(null, ''),
  riskTier: Joi.number().integer().min(0).max(5),
});

export interface AreaSearchDto {
  zip: string;
  county: string;
  minTier?: number;
}

export function toAreaSearch(args: { zip?: unknown; county?: unknown; minTier?: unknown }): AreaSearchDto {
  return {
    zip: String(args.zip ?? ''),
    county: String(args.county ?? ''),
    minTier: args.minTier === undefined || args.minTier === null ? undefined : Number(args.minTier),
  };
}

export interface PropertyView {
  id: string;
  policyNumber: string;
  insuredName: string;
  address: string;
  county: string;
  zip: string;
  riskTier: number;
  listingUrl: string | null;
  hazardNotes: string | null;
}

export function toPropertyView(row: {
  id: string;
  policyNumber: string;
  insuredName: string;
  street: string;
  city: string;
  county: string;
  zip: string;
  riskTier: number;
  listingUrl: string | null;
  hazardNotes: string | null;
}): PropertyView {
  return {
    id: row.id,
    policyNumber: row.policyNumber,
    insuredName: row.insuredName,
    address: `${row.street}, ${row.city} ${row.zip}`,
    county: row.county,
    zip: row.zip,
    riskTier: row.riskTier,
    listingUrl: row.listingUrl,
    hazardNotes: row.hazardNotes,
  };
}
