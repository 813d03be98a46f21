import type { APIRoute } from 'astro';
import { enqueueLedgerSync } from '@escapement/core/jobs/queue';
import { acceptQuote } from '@escapement/core/services/quoteService';
import { isQuoteToken, ValidationError } from '@escapement/core/util/guards';
import { readSelection, SELECTION_COOKIE, writeSelection } from '../../../../lib/selection';

export const prerender = false;

/** Remembers the optional work the customer has ticked while they read the quotation. */
export const PUT: APIRoute = async ({ params, request, cookies }) => {
  const token = params.token;
  if (!isQuoteToken(token)) return new Response('Not found', { status: 404 });
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  const optionalLines = Array.isArray(body.optionalLines) ? body.optionalLines.map(String).slice(0, 50) : [];
  cookies.set(SELECTION_COOKIE, writeSelection({
    quoteToken: token,
    optionalLines,
    delivery: body.delivery === 'courier' ? 'courier' : 'collect',
    courierAddress: typeof body.courierAddress === 'string' ? body.courierAddress.slice(0, 400) : undefined,
  }), { path: `/`, httpOnly: true, sameSite: 'lax', secure: true, maxAge: 14 * 24 * 3600 });
  return new Response(null, { status: 204 });
};

export const POST: APIRoute = async ({ params, cookies, redirect }) => {
  const token = params.token;
  if (!isQuoteToken(token)) return new Response('Not found', { status: 404 });

  const selection = readSelection(cookies.get(SELECTION_COOKIE)?.value, token);
  try {
    const quote = await acceptQuote(token, selection?.optionalLines ?? []);
    await enqueueLedgerSync({ quoteId: quote.id, acceptedAt: (quote.acceptedAt ?? new Date()).toISOString() });
  } catch (err) {
    if (err instanceof ValidationError) {
      return redirect(`/quotes/${token}?notice=${encodeURIComponent(err.message)}`, 303);
    }
    throw err;
  }
  cookies.delete(SELECTION_COOKIE, { path: '/' });
  return redirect(`/quotes/${token}?notice=${encodeURIComponent('Thank you - we will be in touch to arrange the work.')}`, 303);
};
