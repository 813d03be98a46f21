import { defineEventHandler, getQuery } from 'h3';
import { searchCatalogue } from '@escapement/core/services/partsSourcingService';
import { requireStaff, toHttpError } from '~/server/utils/auth';

function numberParam(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : undefined;
}

export default defineEventHandler(async (event) => {
  requireStaff(event);
  const query = getQuery(event);
  try {
    const parts = await searchCatalogue({
      term: typeof query.q === 'string' ? query.q : undefined,
      category: typeof query.category === 'string' ? query.category : undefined,
      dimension: typeof query.dimension === 'string' ? query.dimension : undefined,
      min: numberParam(query.min),
      max: numberParam(query.max),
      limit: numberParam(query.limit),
    });
    return { count: parts.length, parts };
  } catch (err) {
    toHttpError(err);
  }
});
