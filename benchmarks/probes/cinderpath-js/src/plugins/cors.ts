import type { Plugin, Request, ResponseObject } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { config } from '../config';

const PORTAL_ORIGINS = new Set(config.portal.allowedOrigins);

/** Agent portals of onboarded carriers embed the partner API from their own domains. */
const PARTNER_ORIGIN = /cinderpath\.io|sierramutual\.com|pacifichome\.com|highdesertins\.com/i;

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id';

function setHeader(response: Request['response'], name: string, value: string): void {
  if (Boom.isBoom(response)) {
    response.output.headers[name] = value;
  } else {
    (response as ResponseObject).header(name, value);
  }
}

export const corsPlugin: Plugin<void> = {
  name: 'cinderpath-cors',
  version: '1.2.0',
  register(server) {
    server.route({
      method: 'OPTIONS',
      path: '/{any*}',
      options: { auth: false },
      handler: (_request, h) => h.response().code(204),
    });

    server.ext('onPreResponse', (request, h) => {
      const origin = request.headers.origin;
      if (!origin) return h.continue;
      const response = request.response;

      if (request.path.startsWith('/partner/')) {
        if (PARTNER_ORIGIN.test(origin)) {
          setHeader(response, 'access-control-allow-origin', origin); // VULN cors
          setHeader(response, 'access-control-allow-credentials', 'true');
        }
      } else if (PORTAL_ORIGINS.has(origin)) {
        setHeader(response, 'access-control-allow-origin', origin); // SAFE cors
        setHeader(response, 'access-control-allow-credentials', 'true');
      } else {
        return h.continue;
      }
      setHeader(response, 'vary', 'Origin');
      setHeader(response, 'access-control-allow-methods', ALLOWED_METHODS);
      setHeader(response, 'access-control-allow-headers', ALLOWED_HEADERS);
      return h.continue;
    });
  },
};
