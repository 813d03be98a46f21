import DOMPurify from 'dompurify';
import { useEffect, useState } from 'react';
import { api, CrewNotice } from '../api/client';
import { useInternalPath } from '../hooks/useReturnTo';
import { NoticeDetail } from './NoticeDetail';

interface Props {
  vessel?: string;
}

function excerpt(html: string, max = 400): string {
  return html.length > max ? `${html.slice(0, max)}…` : html;
}

export function CrewNoticeBoard({ vessel }: Props) {
  const [notices, setNotices] = useState<CrewNotice[]>([]);
  const [open, setOpen] = useState<CrewNotice | null>(null);
  const [loading, setLoading] = useState(true);
  const backTo = useInternalPath('back', '/crew/roster');

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    api
      .notices(vessel)
      .then((rows) => {
        if (!cancelled) setNotices(rows);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [vessel]);

  if (open) {
    return <NoticeDetail notice={open} onClose={() => setOpen(null)} />;
  }

  return (
    <section className="notice-board">
      <header>
        <h2>Crew notices{vessel ? ` · ${vessel}` : ''}</h2>
        <button type="button" onClick={() => window.location.assign(backTo)}>Back</button> {/* SAFE redirect */}
      </header>
      {loading && <p>Loading notices…</p>}
      <ul>
        {notices.map((n) => (
          <li key={n._id} className="notice-board__item">
            <button type="button" className="link" onClick={() => setOpen(n)}>
              {n.title}
            </button>
            <p className="notice-board__summary">{n.summary}</p>
            <div className="notice-board__excerpt" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(excerpt(n.bodyHtml)) }} /> {/* SAFE xss */}
          </li>
        ))}
      </ul>
    </section>
  );
}
