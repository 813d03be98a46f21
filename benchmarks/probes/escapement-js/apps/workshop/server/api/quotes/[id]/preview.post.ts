import { defineEventHandler, getRouterParam, readBody, setResponseHeader } from 'h3';
import { renderQuoteHtml } from '@escapement/core/services/quoteService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff, toHttpError } from '~/server/utils/auth';

/**
 * Live preview for the quote editor: the editor posts the intro paragraph as it is being
 * typed and shows the rendered document in an iframe next to the form.
 */
export default defineEventHandler(async (event) => {
  requireStaff(event, ['restorer', 'manager']);
  const body = await readBody<{ intro?: unknown }>(event);

  try {
    const quoteId = toPositiveInt(getRouterParam(event, 'id'), 'id');
    const html = await renderQuoteHtml(quoteId, {
      intro: typeof body?.intro === 'string' ? body.intro.slice(0, 4000) : undefined,
    });
    setResponseHeader(event, 'Content-Type', 'text/html; charset=utf-8');
    return html;
  } catch (err) {
    toHttpError(err);
  }
});
