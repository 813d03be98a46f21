import type { LoaderFunctionArgs } from '@remix-run/node';
import { readBrandingAsset } from '~/lib/branding.server';

/** Resource route: /branding/:carrier?variant=logo.png */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const carrier = params.carrier ?? '';
  if (!/^[a-z0-9-]{2,40}$/.test(carrier)) {
    throw new Response('Not found', { status: 404 });
  }
  const variant = new URL(request.url).searchParams.get('variant') ?? 'logo.png';
  try {
    const asset = await readBrandingAsset(carrier, variant);
    return new Response(asset.body, {
      headers: { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600' },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Response('Not found', { status: 404 });
    }
    throw err;
  }
}
