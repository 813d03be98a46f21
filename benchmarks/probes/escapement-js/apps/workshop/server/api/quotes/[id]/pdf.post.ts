import { createError, defineEventHandler, getRouterParam, readBody, setResponseStatus } from 'h3';
import { enqueueQuotePdf } from '@escapement/core/jobs/queue';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff } from '~/server/utils/auth';

const PAPER_SIZES = ['A4', 'Letter'] as const;

interface PdfRequestBody {
  fileName?: unknown;
  quality?: unknown;
  paperSize?: unknown;
}

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager', 'front-desk']);
  const quoteId = toPositiveInt(getRouterParam(event, 'id'), 'id');
  const body = (await readBody<PdfRequestBody>(event)) ?? {};

  const paperSize = typeof body.paperSize === 'string' ? body.paperSize : 'A4';
  if (!(PAPER_SIZES as readonly string[]).includes(paperSize)) {
    throw createError({ statusCode: 400, statusMessage: 'paperSize must be A4 or Letter' });
  }

  const fileName = typeof body.fileName === 'string' && body.fileName.trim() !== '' ? body.fileName.trim() : `quote-${quoteId}.pdf`;
  const quality = typeof body.quality === 'string' ? body.quality : 'printer';

  const jobId = await enqueueQuotePdf({
    quoteId,
    fileName,
    quality,
    paperSize: paperSize as (typeof PAPER_SIZES)[number],
    requestedBy: staff.name,
  });

  setResponseStatus(event, 202);
  return { jobId, fileName };
});
