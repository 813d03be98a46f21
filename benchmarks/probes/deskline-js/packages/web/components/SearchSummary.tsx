interface Props {
  query: string;
  count: number;
  city?: string;
}

export function SearchSummary({ query, count, city }: Props) {
  const where = city ? ` in ${city}` : '';
  const summary =
    count === 0
      ? `No spaces matched <strong>${query}</strong>${where}. Try a shorter search.`
      : `${count} space${count === 1 ? '' : 's'} for <strong>${query}</strong>${where}`;
  return <p className="search-summary" dangerouslySetInnerHTML={{ __html: summary }} />; // VULN xss
}
