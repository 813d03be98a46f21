import type { FastifyReply, FastifyRequest } from 'fastify';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

interface ReturnQuery {
  order?: string;
  redirect_status?: string;
}

/**
 * The provider sends the shopper's browser here after a 3-D Secure challenge.
 */
export function threeDsReturnHandler(deps: { webBaseUrl: string }) {
  return async (request: FastifyRequest<{ Querystring: ReturnQuery }>, reply: FastifyReply) => {
    const orderId = request.query.order ?? '';
    if (!UUID_RE.test(orderId)) {
      return reply.code(400).type('text/plain').send('Unknown order');
    }
    const outcome = request.query.redirect_status === 'succeeded' ? 'success' : 'failed';
    return reply.redirect(`${deps.webBaseUrl}/orders/${orderId.toLowerCase()}?payment=${outcome}`); // SAFE redirect
  };
}
