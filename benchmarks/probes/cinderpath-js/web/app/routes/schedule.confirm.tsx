import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { commitSession, getSession, takeReturnTo } from '~/lib/session.server';
import { ApiError, getInspection, scheduleInspection } from '~/lib/api.server';

function nextBusinessDays(count: number): string[] {
  const days: string[] = [];
  const d = new Date();
  while (days.length < count) {
    d.setDate(d.getDate() + 1);
    const dow = d.getDay();
    if (dow !== 0 && dow !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const session = await getSession(request);
  const inspection = await getInspection(session, url.searchParams.get('inspection') ?? '');
  return json({ inspectionId: inspection.id, address: `${inspection.property.street}, ${inspection.property.city}`, days: nextBusinessDays(10) });
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const form = await request.formData();
  const inspectionId = String(form.get('inspectionId') ?? '');
  const day = String(form.get('day') ?? '');
  const slot = String(form.get('slot') ?? '');
  const email = String(form.get('email') ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !['09:00', '12:00', '15:00'].includes(slot)) {
    return json({ error: 'Choose a day and a time window.' }, { status: 400 });
  }
  try {
    await scheduleInspection(session, inspectionId, new Date(`${day}T${slot}:00-07:00`).toISOString(), email);
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) {
      return json({ error: 'That day has a red flag warning. Please pick another day.' }, { status: 409 });
    }
    throw err;
  }
  const returnTo = takeReturnTo(session, `/inspections/${encodeURIComponent(inspectionId)}`);
  return redirect(returnTo, { headers: { 'Set-Cookie': await commitSession(session) } }); // VULN redirect
}

export default function ConfirmSchedule() {
  const { inspectionId, address, days } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="schedule">
      <h1>Pick an appointment</h1>
      <p>{address}</p>
      <Form method="post">
        <input type="hidden" name="inspectionId" value={inspectionId} />
        <fieldset>
          <legend>Day</legend>
          <select name="day" required>
            {days.map((d) => (
              <option key={d} value={d}>
                {new Date(`${d}T12:00:00`).toLocaleDateString('en-US', { weekday: 'long', month: 'short', day: 'numeric' })}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset>
          <legend>Time window</legend>
          <label><input type="radio" name="slot" value="09:00" defaultChecked /> 9am – 12pm</label>
          <label><input type="radio" name="slot" value="12:00" /> 12pm – 3pm</label>
          <label><input type="radio" name="slot" value="15:00" /> 3pm – 6pm</label>
        </fieldset>
        <label htmlFor="email">Email for the confirmation</label>
        <input id="email" name="email" type="email" required />
        {result?.error ? <p className="error">{result.error}</p> : null}
        <button className="primary" type="submit">
          Confirm appointment
        </button>
      </Form>
    </section>
  );
}
