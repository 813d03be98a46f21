import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { getSession } from '~/lib/session.server';
import { ApiError, cancelInspection, getInspection } from '~/lib/api.server';
import { NotesList } from '~/components/NotesList';

const TIERS = ['Unrated', 'Low', 'Moderate', 'High', 'Very high', 'Extreme'];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request);
  try {
    const inspection = await getInspection(session, params.id ?? '');
    return json({ inspection });
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      throw redirect('/');
    }
    if (err instanceof ApiError && err.status === 404) {
      throw new Response('Not found', { status: 404 });
    }
    throw err;
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await getSession(request);
  const form = await request.formData();
  if (form.get('intent') !== 'cancel') {
    return json({ error: 'Unsupported action' }, { status: 400 });
  }
  const inspection = await getInspection(session, params.id ?? '');
  await cancelInspection(session, inspection.id, String(form.get('reason') ?? ''));
  return redirect(`/inspections/${encodeURIComponent(inspection.id)}?cancelled=1`); // SAFE redirect
}

export default function InspectionPage() {
  const { inspection } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const { property } = inspection;
  const scheduled = inspection.scheduledFor ? new Date(inspection.scheduledFor) : null;

  return (
    <article className="inspection">
      <header>
        <img
          className="carrier-logo"
          src={`/branding/${encodeURIComponent(property.carrier.brandingSlug)}?variant=logo.png`}
          alt={property.carrier.displayName}
        />
        <h1>
          {property.street}, {property.city}
        </h1>
        <p className="muted">Inspection requested by {property.carrier.displayName}</p>
      </header>

      <section className="status">
        <dl>
          <dt>Status</dt>
          <dd>{inspection.status.replace('_', ' ')}</dd>
          <dt>Current risk tier</dt>
          <dd>{TIERS[property.riskTier] ?? TIERS[0]}</dd>
          <dt>Appointment</dt>
          <dd>{scheduled ? scheduled.toLocaleString('en-US') : 'Not yet scheduled'}</dd>
        </dl>
        {inspection.status === 'requested' || inspection.status === 'scheduled' ? (
          <Link className="button primary" to={`/schedule/confirm?inspection=${encodeURIComponent(inspection.id)}`}>
            {scheduled ? 'Change appointment' : 'Pick an appointment'}
          </Link>
        ) : null}
      </section>

      {inspection.summary ? (
        <section className="summary">
          <h2>Inspector summary</h2>
          <p>{inspection.summary}</p>
        </section>
      ) : null}

      <section className="updates">
        <h2>Updates</h2>
        <NotesList notes={inspection.notes} />
      </section>

      {inspection.status === 'scheduled' ? (
        <Form method="post" className="cancel">
          <input type="hidden" name="intent" value="cancel" />
          <label htmlFor="reason">Need to cancel? Tell us why (optional)</label>
          <textarea id="reason" name="reason" rows={2} maxLength={500} />
          <button type="submit" disabled={navigation.state === 'submitting'}>
            Cancel appointment
          </button>
        </Form>
      ) : null}
    </article>
  );
}
