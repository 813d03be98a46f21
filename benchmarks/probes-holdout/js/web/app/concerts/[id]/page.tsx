import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getPublicConcert } from '@/lib/tickets';
import { getSessionMember } from '@/lib/session';
import { ProgrammeNotes, SoloistBio } from './ProgrammeNotes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PageProps {
  params: { id: string };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  if (!UUID.test(params.id)) return { title: 'Concert' };
  const concert = await getPublicConcert(params.id);
  return { title: concert ? concert.title : 'Concert' };
}

export default async function ConcertPage({ params }: PageProps) {
  if (!UUID.test(params.id)) notFound();
  const concert = await getPublicConcert(params.id);
  if (!concert) notFound();
  const member = getSessionMember();
  const startsAt = new Date(concert.starts_at);

  return (
    <article className="concert">
      <h1>{concert.title}</h1>
      <p className="when">
        <time dateTime={startsAt.toISOString()}>
          {startsAt.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' })}
        </time>{' '}
        · {concert.venue}
      </p>
      {member ? <p className="member-note">Members get 20% off with their card at the door.</p> : null}
      <ProgrammeNotes html={concert.programme_notes} />
      {concert.soloist_bio ? <SoloistBio html={concert.soloist_bio} /> : null}
    </article>
  );
}
