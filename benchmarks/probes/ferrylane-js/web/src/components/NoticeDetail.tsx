import { CrewNotice } from '../api/client';

interface Props {
  notice: CrewNotice;
  onClose: () => void;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function NoticeDetail({ notice, onClose }: Props) {
  return (
    <article className="notice-detail">
      <header>
        <h2>{notice.title}</h2>
        <p className="notice-detail__meta">
          {notice.publishedBy} · {formatDate(notice.updatedAt)}
          {notice.vessels.length > 0 && <> · {notice.vessels.join(', ')}</>}
        </p>
      </header>
      <div className="notice-detail__body" dangerouslySetInnerHTML={{ __html: notice.bodyHtml }} /> {/* VULN xss */}
      <footer>
        <a href={`/notices/${encodeURIComponent(notice.slug)}?print=1`} target="_blank" rel="noreferrer">
          Print version
        </a>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </footer>
    </article>
  );
}
