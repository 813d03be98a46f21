'use client';

import { useFormState, useFormStatus } from 'react-dom';
import { createBookingAction, type BookingFormState } from '@/app/actions/bookings';

interface SpaceOption {
  id: number;
  label: string;
  rate: string;
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn btn--primary" disabled={pending}>
      {pending ? 'Booking…' : 'Confirm booking'}
    </button>
  );
}

export default function BookingForm({ spaces, returnTo }: { spaces: SpaceOption[]; returnTo: string }) {
  const [state, formAction] = useFormState<BookingFormState, FormData>(createBookingAction, {});

  return (
    <form action={formAction} className="form">
      <input type="hidden" name="returnTo" value={returnTo} />
      <label>
        Space
        <select name="spaceId" required>
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} · €{s.rate}/h
            </option>
          ))}
        </select>
      </label>
      <label>
        Start
        <input type="datetime-local" name="startsAt" required />
      </label>
      <label>
        Duration (hours)
        <input type="number" name="hours" min={0.5} max={12} step={0.5} defaultValue={1} />
      </label>
      <label>
        Notes for the host
        <textarea name="notes" maxLength={500} rows={3} />
      </label>
      {state.error ? <p className="form__error">{state.error}</p> : null}
      <SubmitButton />
    </form>
  );
}
