import Link from 'next/link';
import { SearchSummary } from '@/components/SearchSummary';
import { SpaceDescription } from '@/components/SpaceDescription';
import { searchSpaces } from '@/lib/spaces';

export default async function SearchPage({ searchParams }: { searchParams: { q?: string; city?: string } }) {
  const q = searchParams.q?.trim() ?? '';
  const results = q ? await searchSpaces(q, searchParams.city) : [];
  return (
    <main className="search">
      <form method="get">
        <input name="q" defaultValue={q} placeholder="Space name or neighbourhood" />
        <input name="city" defaultValue={searchParams.city ?? ''} placeholder="City" />
        <button type="submit">Search</button>
      </form>
      {q && <SearchSummary query={q} count={results.length} city={searchParams.city} />}
      {results.map((space) => (
        <article key={space.id}>
          <Link href={`/spaces/${space.id}`}>{space.name}</Link> · {space.city} · {space.deskCount} desks
          <SpaceDescription markdown={space.teaser} />
        </article>
      ))}
    </main>
  );
}
