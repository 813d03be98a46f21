import React, { useEffect, useMemo, useState } from 'react';
import DOMPurify from 'dompurify';

interface VenueNoticeProps {
  venueId: number;
}

interface Notice {
  id: string;
  title: string;
  bodyHtml: string;
  severity: 'info' | 'warning';
}

export function VenueNotice({ venueId }: VenueNoticeProps) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const params = useMemo(() => new URLSearchParams(window.location.search), []);
  const promoMessage = params.get('promo');

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/venues/${venueId}/notices`)
      .then((r) => (r.ok ? r.json() : []))
      .then((data: Notice[]) => {
        if (!cancelled) setNotices(data);
      })
      .catch(() => setNotices([]));
    return () => {
      cancelled = true;
    };
  }, [venueId]);

  return (
    <aside className="venue-notices">
      {promoMessage && (
        <div className="promo-banner" dangerouslySetInnerHTML={{ __html: decodeURIComponent(promoMessage) }} /> /* VULN xss */
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.severity}`}>
          <h4>{n.title}</h4>
          <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(n.bodyHtml) }} /> {/* SAFE xss */}
        </div>
      ))}
    </aside>
  );
}

export default VenueNotice;
