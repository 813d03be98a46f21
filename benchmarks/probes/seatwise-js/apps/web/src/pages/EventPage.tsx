import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { EventDescription } from '../components/EventDescription';
import { PromoterCard } from '../components/PromoterCard';
import { Selection, TicketPicker } from '../components/TicketPicker';
import { VenueContact } from '../components/VenueContact';
import type { EventDetail, PromoterPublic, VenueProfile } from '../types';
import { formatDate } from '../utils/html';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; event: EventDetail; promoter: PromoterPublic | null; venue: VenueProfile | null };

export function EventPage() {
  const { eventId = '' } = useParams<{ eventId: string }>();
  const navigate = useNavigate();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      try {
        const event = await api.get<EventDetail>(`/events/${encodeURIComponent(eventId)}`, controller.signal);
        const [promoter, venue] = await Promise.all([
          api.get<PromoterPublic>(`/promoters/${event.promoterId}/public`, controller.signal).catch(() => null),
          event.venue
            ? api.get<VenueProfile>(`/venues/profiles/${encodeURIComponent(event.venue.slug)}`, controller.signal).catch(() => null)
            : Promise.resolve(null),
        ]);
        setState({ status: 'ready', event, promoter, venue });
      } catch (err) {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: err instanceof ApiError ? err.message : 'Could not load this event' });
      }
    })();
    return () => controller.abort();
  }, [eventId]);

  if (state.status === 'loading') {
    return <p className="loading">Loading…</p>;
  }
  if (state.status === 'error') {
    return <p className="error">{state.message}</p>;
  }

  const { event, promoter, venue } = state;

  const checkout = async (selection: Selection) => {
    if (selection.names.length === 0) return;
    setSubmitting(true);
    try {
      const order = await api.post<{ id: string }>('/orders', {
        eventId: event.id,
        buyerEmail: sessionStorage.getItem('sw_email') ?? '',
        buyerName: selection.names[0],
        attendees: selection.names.map((name) => ({ name, tier: selection.tier })),
      });
      navigate(`/checkout/${order.id}`);
    } catch (err) {
      setState({ status: 'error', message: err instanceof ApiError ? err.message : 'Checkout failed' });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <article className="event-page">
      <header>
        <h1>{event.title}</h1>
        <p className="when">{formatDate(event.startsAt)}</p>
        {event.venue && (
          <p className="where">
            {event.venue.name}, {event.venue.city}
          </p>
        )}
        {event.status === 'cancelled' && <p className="badge badge-cancelled">Cancelled</p>}
      </header>
      <div className="columns">
        <div className="main">
          <EventDescription html={event.descriptionHtml} />
          {venue && <VenueContact venue={venue} />}
        </div>
        <div className="side">
          <TicketPicker
            fromPriceCents={event.fromPriceCents}
            disabled={submitting || event.status !== 'published'}
            onCheckout={checkout}
          />
          {promoter && <PromoterCard promoter={promoter} />}
        </div>
      </div>
    </article>
  );
}
