import type { APIRoute } from 'astro';
import { trackByReference } from '@escapement/core/services/repairOrderService';
import { isOrderReference } from '@escapement/core/util/guards';

export const prerender = false;

const TRUSTED_ORIGINS = new Set([
  'https://escapement-restoration.co.uk',
  'https://www.escapement-restoration.co.uk',
  'https://shop.escapement-restoration.co.uk',
]);

const STATUS_LABELS: Record<string, string> = {
  received: 'Booked in',
  assessing: 'Being assessed',
  'awaiting-approval': 'Waiting for your approval',
  'awaiting-parts': 'Waiting for parts',
  'in-restoration': 'On the bench',
  regulating: 'Regulating on the test stand',
  ready: 'Ready for collection',
  collected: 'Collected',
  cancelled: 'Cancelled',
};

function corsHeaders(request: Request): Headers {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Vary: 'Origin' });
  const origin = request.headers.get('origin');
  if (origin && TRUSTED_ORIGINS.has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin); // SAFE cors
    headers.set('Access-Control-Allow-Methods', 'GET');
  }
  return headers;
}

export const GET: APIRoute = async ({ url, request }) => {
  const headers = corsHeaders(request);
  const reference = (url.searchParams.get('ref') ?? '').trim().toUpperCase();
  const code = url.searchParams.get('code')?.trim() || undefined;

  if (!isOrderReference(reference)) {
    return new Response(JSON.stringify({ error: 'Order references look like ESC-2024-0153' }), { status: 400, headers });
  }

  const result = await trackByReference(reference, code);
  if (!result) {
    return new Response(JSON.stringify({ error: 'We could not find that order' }), { status: 404, headers });
  }

  return new Response(
    JSON.stringify({
      reference: result.reference,
      status: result.status,
      label: STATUS_LABELS[result.status] ?? result.status,
      clockType: result.clockType,
      promisedBy: result.promisedBy,
      lastUpdate: result.lastUpdate,
      readyForCollection: result.readyForCollection,
    }),
    { status: 200, headers },
  );
};

export const OPTIONS: APIRoute = ({ request }) => new Response(null, { status: 204, headers: corsHeaders(request) });
