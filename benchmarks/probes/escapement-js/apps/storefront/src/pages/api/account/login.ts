import type { APIRoute } from 'astro';
import { sameSiteUrl, signInCustomer } from '../../../lib/customerAuth';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies, redirect, site, url }) => {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim().toLowerCase();
  const password = String(form.get('password') ?? '');
  const next = typeof form.get('next') === 'string' ? (form.get('next') as string) : null;

  const ok = email !== '' && password !== '' && (await signInCustomer(email, password, cookies));
  if (!ok) {
    return redirect(`/account/login?error=credentials${next ? `&next=${encodeURIComponent(next)}` : ''}`, 303);
  }

  const target = sameSiteUrl(next, site ?? url) ?? '/account';
  return redirect(target, 303); // SAFE redirect
};
