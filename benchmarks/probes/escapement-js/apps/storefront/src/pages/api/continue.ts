import type { APIRoute } from 'astro';
import { resolveDestination } from '../../lib/navigation';

export const prerender = false;

export const GET: APIRoute = ({ url, redirect }) => {
  const target = resolveDestination(url.searchParams.get('to'));
  const campaign = url.searchParams.get('utm_campaign');
  if (campaign) {
    console.info(`[continue] ${campaign} -> ${target}`);
  }
  return redirect(target, 302); // VULN redirect
};
