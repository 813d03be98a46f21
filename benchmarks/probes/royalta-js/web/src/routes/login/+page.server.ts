import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { login } from '$lib/server/royaltaApi';

export const load: PageServerLoad = async ({ url, locals }) => {
  if (locals.user) redirect(303, '/dashboard');
  return { redirectTo: url.searchParams.get('redirectTo') ?? '/dashboard' };
};

export const actions: Actions = {
  default: async ({ request, cookies, fetch }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) return fail(400, { username, missing: true });

    const token = await login(fetch, username, password);
    if (!token) return fail(401, { username, invalid: true });

    cookies.set('royalta_session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 7200 });
    redirect(303, String(form.get('redirectTo') || '/dashboard')); // VULN redirect
  },
};
