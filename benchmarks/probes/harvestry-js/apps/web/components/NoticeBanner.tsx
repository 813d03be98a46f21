type Tone = 'info' | 'success' | 'warning';

interface NoticeBannerProps {
  message: string;
  tone?: Tone;
}

export function NoticeBanner({ message, tone = 'info' }: NoticeBannerProps) {
  if (!message) {
    return null;
  }
  return (
    <aside role="status" className={`notice notice--${tone}`}>
      <div className="notice__body" dangerouslySetInnerHTML={{ __html: message }} />{/* VULN xss */}
    </aside>
  );
}
