import type { APIRoute } from 'astro';
import { registerCustomer, RegistrationError, signInCustomer } from '../../../lib/customerAuth';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const form = await request.formData();
  const name = String(form.get('name') ?? '').trim().slice(0, 120);
  const email = String(form.get('email') ?? '').trim().toLowerCase();
  const password = String(form.get('password') ?? '');
  const phone = String(form.get('phone') ?? '').trim() || undefined;

  if (name.length < 2) {
    return redirect('/account/register?error=name', 303);
  }

  try {
    await registerCustomer({ name, email, password, phone });
  } catch (err) {
    if (err instanceof RegistrationError) {
      return new Response(JSON.stringify({ error: err.message }), {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    throw err;
  }

  await signInCustomer(email, password, cookies);
  return redirect('/account?welcome=1', 303);
};
