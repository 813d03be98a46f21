import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import * as inspections from '../services/inspectionService';
import * as properties from '../services/propertyService';
import { previewWeighting, score, DEFAULT_FORMULA } from '../services/riskScoring';
import { carrierRepository } from '../repositories/carrierRepository';
import { toAreaSearch } from '../dto/property';
import type { InspectionRow } from '../dto/inspection';
import type { SessionClaims } from '../lib/security/jwt';

export interface GraphContext {
  user: SessionClaims | null;
}

function requireUser(ctx: GraphContext): SessionClaims {
  if (!ctx.user) {
    throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return ctx.user;
}

function requireCarrierUser(ctx: GraphContext, roles: Array<SessionClaims['role']>): { user: SessionClaims; carrierId: string } {
  const user = requireUser(ctx);
  if (!user.carrierId || !roles.includes(user.role)) {
    throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
  }
  return { user, carrierId: user.carrierId };
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : v),
  parseValue: (v) => new Date(String(v)),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

function toGraphRow(r: InspectionRow) {
  return {
    id: r.id,
    status: r.status,
    scheduledFor: r.scheduled_for,
    policyNumber: r.policy_number,
    insuredName: r.insured_name,
    county: r.county,
    zip: r.zip,
    riskTier: r.risk_tier,
    riskScore: r.risk_score,
  };
}

export const resolvers = {
  DateTime,
  Query: {
    async inspectionsByArea(_: unknown, args: { zip: string; county: string; minTier?: number }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin', 'underwriter', 'scheduler']);
      const rows = await inspections.searchByArea(carrierId, toAreaSearch(args));
      return rows.map(toGraphRow);
    },
    async parcelLayerPreview(_: unknown, args: { sourceUrl: string; limit?: number }, ctx: GraphContext) {
      requireCarrierUser(ctx, ['admin', 'underwriter']);
      return properties.previewCountyParcels(args.sourceUrl, args.limit);
    },
    weightingPreview(_: unknown, args: { expression: string; samples: Array<{ slope: number; fuel: number; distance: number; defensible: number }> }, ctx: GraphContext) {
      requireCarrierUser(ctx, ['admin', 'scheduler']);
      return previewWeighting(args.expression, args.samples);
    },
    async inspection(_: unknown, args: { id: string }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin', 'underwriter', 'scheduler', 'inspector']);
      const found = await inspections.getInspection(args.id);
      return found && found.carrierId === carrierId ? found : null;
    },
  },
  Mutation: {
    async appendHazardNotes(_: unknown, args: { propertyId: string; notes: string }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin', 'underwriter', 'inspector']);
      const updated = await properties.appendHazardNotes(args.propertyId, carrierId, args.notes);
      return updated === 1;
    },
    async setRiskTier(_: unknown, args: { propertyId: string; tier: number }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin', 'underwriter']);
      return (await properties.setRiskTier(args.propertyId, carrierId, args.tier)) === 1;
    },
    async saveFieldNotes(_: unknown, args: { inspectionId: string; notes: string }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['inspector']);
      const existing = await inspections.getInspection(args.inspectionId);
      if (!existing || existing.carrierId !== carrierId) throw new GraphQLError('Not found');
      return inspections.saveFieldNotes(args.inspectionId, args.notes);
    },
    async setRiskFormula(_: unknown, args: { formula: string }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin', 'underwriter']);
      // Smoke-test the formula against neutral factors before saving it.
      const probe = score(args.formula || DEFAULT_FORMULA, { slope: 50, fuel: 50, distance: 50, defensible: 50, roofClass: 1, emberExposure: 50 });
      if (!Number.isFinite(probe)) throw new GraphQLError('Formula did not produce a number');
      await carrierRepository.setRiskFormula(carrierId, args.formula);
      return true;
    },
    async setEmailFooter(_: unknown, args: { template: string }, ctx: GraphContext) {
      const { carrierId } = requireCarrierUser(ctx, ['admin']);
      if (args.template.length > 8000) throw new GraphQLError('Footer too long');
      await carrierRepository.setFooterTemplate(carrierId, args.template);
      return true;
    },
  },
};
