import { createError, defineEventHandler, getRouterParam, readBody } from 'h3';
import type { QuoteLine, QuoteStatus } from '@escapement/core/entities';
import { updateQuote, type QuoteUpdate } from '@escapement/core/services/quoteService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff, toHttpError } from '~/server/utils/auth';

const STATUSES: QuoteStatus[] = ['draft', 'sent', 'accepted', 'declined', 'expired'];
const LINE_KINDS = new Set(['labour', 'part', 'sundry']);

function toLine(raw: any, index: number): QuoteLine {
  const quantity = Number(raw?.quantity);
  const unitPence = Number(raw?.unitPence);
  if (typeof raw?.description !== 'string' || !LINE_KINDS.has(raw?.kind) || !Number.isFinite(quantity) || !Number.isInteger(unitPence)) {
    throw createError({ statusCode: 400, statusMessage: `Quote line ${index + 1} is incomplete` });
  }
  return {
    code: typeof raw.code === 'string' && raw.code ? raw.code.slice(0, 24) : `L${index + 1}`,
    description: raw.description.slice(0, 300),
    kind: raw.kind,
    quantity,
    unitPence,
    optional: raw.optional === true,
  };
}

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager']);
  const body = await readBody<Record<string, any>>(event);

  try {
    const quoteId = toPositiveInt(getRouterParam(event, 'id'), 'id');
    const update: QuoteUpdate = {};
    if (Array.isArray(body?.lines)) update.lines = body.lines.map(toLine);
    if (body?.labourHours !== undefined) {
      const hours = Number(body.labourHours);
      if (!Number.isFinite(hours) || hours < 0 || hours > 400) {
        throw createError({ statusCode: 400, statusMessage: 'labourHours must be between 0 and 400' });
      }
      update.labourHours = hours;
    }
    if (body?.intro !== undefined) update.intro = typeof body.intro === 'string' ? body.intro.slice(0, 4000) : null;
    if (typeof body?.status === 'string') {
      if (!STATUSES.includes(body.status as QuoteStatus)) {
        throw createError({ statusCode: 400, statusMessage: 'Unknown quote status' });
      }
      update.status = body.status as QuoteStatus;
    }
    if (body?.adjustment && typeof body.adjustment === 'object') {
      update.adjustment = {
        preset: typeof body.adjustment.preset === 'string' ? body.adjustment.preset : undefined,
        expression: typeof body.adjustment.expression === 'string' ? body.adjustment.expression.slice(0, 200) : undefined,
        note: typeof body.adjustment.note === 'string' ? body.adjustment.note.slice(0, 120) : undefined,
      };
    }

    const quote = await updateQuote(quoteId, update, staff.name);
    return {
      id: quote.id,
      status: quote.status,
      adjustmentPence: quote.adjustmentPence,
      adjustmentNote: quote.adjustmentNote ?? null,
    };
  } catch (err) {
    toHttpError(err);
  }
});
