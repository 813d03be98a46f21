import type { LoaderFunctionArgs } from '@remix-run/node';
import { readCarrierStylesheet } from '~/lib/branding.server';

/** Resource route: /branding/:carrier/theme.css */
export async function loader({ params }: LoaderFunctionArgs) {
  try {
    const css = await readCarrierStylesheet(params.carrier ?? '');
    return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
  } catch (err) {
    if (err instanceof Response) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return new Response('/* no overrides */', { headers: { 'content-type': 'text/css; charset=utf-8' } });
    }
    throw err;
  }
}
