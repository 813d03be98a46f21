import type { PromoterPublic } from '../types';

interface Props {
  promoter: PromoterPublic;
}

export function PromoterCard({ promoter }: Props) {
  return (
    <aside className="promoter-card">
      <img
        className="promoter-logo"
        src={promoter.logoUrl ?? '/img/promoter-placeholder.svg'}
        alt=""
        width={56}
        height={56}
      />
      <div>
        <p className="eyebrow">Presented by</p>
        <h3>{promoter.displayName}</h3>
        <div className="promoter-bio" dangerouslySetInnerHTML={{ __html: promoter.bio }} />{/* VULN xss */}
      </div>
    </aside>
  );
}
