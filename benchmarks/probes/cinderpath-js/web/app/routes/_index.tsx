import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { commitSession, getSession, rememberReturnTo } from '~/lib/session.server';
import { ApiError, exchangeAccessCode } from '~/lib/api.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const session = await getSession(request);
  rememberReturnTo(session, url.searchParams.get('returnTo'));
  return json(
    { prefilledCode: (url.searchParams.get('code') ?? '').toUpperCase().slice(0, 12) },
    { headers: { 'Set-Cookie': await commitSession(session) } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const code = String(form.get('code') ?? '').trim().toUpperCase();
  if (!/^[A-Z0-9]{6,12}$/.test(code)) {
    return json({ error: 'Enter the code printed on your letter.' }, { status: 400 });
  }
  try {
    const { token, inspectionId } = await exchangeAccessCode(code);
    const session = await getSession(request);
    session.set('apiToken', token);
    session.set('inspectionId', inspectionId);
    return redirect(`/inspections/${inspectionId}`, { headers: { 'Set-Cookie': await commitSession(session) } });
  } catch (err) {
    if (err instanceof ApiError) {
      return json({ error: 'That code was not recognised.' }, { status: 401 });
    }
    throw err;
  }
}

export default function Landing() {
  const { prefilledCode } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="landing">
      <h1>Schedule your wildfire inspection</h1>
      <p>Your insurer asked us to arrange a free wildfire mitigation inspection. Enter the access code from your letter.</p>
      <Form method="post" className="code-form">
        <label htmlFor="code">Access code</label>
        <input id="code" name="code" defaultValue={prefilledCode} autoComplete="one-time-code" maxLength={12} />
        {result?.error ? <p className="error">{result.error}</p> : null}
        <button type="submit" className="primary">
          Continue
        </button>
      </Form>
    </section>
  );
}
