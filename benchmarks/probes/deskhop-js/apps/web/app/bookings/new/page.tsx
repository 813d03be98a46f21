import { findSpaces } from '@/lib/services/bookingService';
import { requireSession } from '@/lib/auth/session';
import { parseSite } from '@/lib/validation';
import BookingForm from './BookingForm';

export const dynamic = 'force-dynamic';

export default async function NewBookingPage({
  searchParams,
}: {
  searchParams: { site?: string; kind?: string; returnTo?: string };
}) {
  const session = await requireSession();
  const site = parseSite(searchParams.site ?? session.site ?? 'lisbon-central');
  const spaces = await findSpaces(site, '', searchParams.kind ?? null);

  return (
    <main className="page page--narrow">
      <h1>Book a space</h1>
      <p className="muted">Bookings are confirmed instantly and can be cancelled up to one hour before they start.</p>
      <BookingForm
        spaces={spaces.map((s) => ({ id: s.id, label: `${s.name} (${s.kind}, ${s.capacity} seats)`, rate: s.hourlyRate }))}
        returnTo={searchParams.returnTo ?? ''}
      />
    </main>
  );
}
