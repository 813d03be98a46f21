import { useMemo } from 'react';
import type { VenueProfile } from '../types';
import { contactLinksHtml } from '../utils/html';

interface Props {
  venue: VenueProfile;
}

export function VenueContact({ venue }: Props) {
  const links = useMemo(() => contactLinksHtml(venue), [venue]);
  return (
    <section className="venue-contact">
      <h3>{venue.name}</h3>
      {venue.address && <p className="address">{venue.address}</p>}
      {venue.amenities.length > 0 && (
        <ul className="amenities">
          {venue.amenities.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <p className="links" dangerouslySetInnerHTML={{ __html: links }} />{/* VULN xss */}
    </section>
  );
}
