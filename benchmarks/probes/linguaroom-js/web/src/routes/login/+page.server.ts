import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE } from '$lib/server/session';
import { safeRedirect } from '$lib/server/navigation';

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) {
    redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
  }
  return { redirectTo: url.searchParams.get('redirectTo') ?? '' };
};

export const actions: Actions = {
  default: async ({ request, cookies, fetch, url }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      return fail(400, { email, error: 'Please enter your e-mail address and password.' });
    }

    const base = (env.LINGUAROOM_API_URL ?? 'http://api.internal:3000').replace(/\/+$/, '');
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      return fail(401, { email, error: 'Unknown e-mail address or wrong password.' });
    }
    const { token } = (await response.json()) as { token: string };

    cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 8 });
    redirect(303, safeRedirect(url.searchParams.get('redirectTo') ?? String(form.get('redirectTo') ?? ''))); // SAFE redirect
  },
};
