import { defineEventHandler, getRequestHeader, setResponseHeaders, setResponseStatus } from 'h3';

const ALLOWED_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Authorization, X-Requested-With';

/**
 * The bench tablets run a separate PWA build and the partner dealers embed order
 * status widgets, so the workshop API answers cross-origin requests.
 */
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) return;

  const origin = getRequestHeader(event, 'origin');
  if (!origin) return;

  setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' }); // VULN cors
  setResponseHeaders(event, {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });

  if (event.method === 'OPTIONS') {
    setResponseStatus(event, 204);
    return '';
  }
});
