import { notFound } from 'next/navigation';
import { GrowerBio } from '@/components/GrowerBio';
import { NoticeBanner } from '@/components/NoticeBanner';
import { prisma } from '@/lib/db';
import { getGrowerSession } from '@/lib/session';
import { updateBio, updateListingPreference } from './actions';

interface PageProps {
  params: { id: string };
  searchParams: { notice?: string };
}

export default async function GrowerPage({ params, searchParams }: PageProps) {
  const id = Number.parseInt(params.id, 10);
  const grower = Number.isSafeInteger(id)
    ? await prisma.grower.findUnique({ where: { id }, include: { certifications: { select: { scheme: true } } } })
    : null;
  if (!grower) notFound();
  const isOwner = (await getGrowerSession())?.growerId === grower.id;

  return (
    <main className="grower-page">
      <NoticeBanner message={searchParams.notice ?? ''} />
      <GrowerBio name={grower.displayName} region={grower.region} bio={grower.bio} certifications={grower.certifications.map((c) => c.scheme)} />
      {isOwner && (
        <>
          <form action={updateBio}>
            <textarea name="bio" defaultValue={grower.bio ?? ''} rows={8} maxLength={4000} />
            <button type="submit">Save bio</button>
          </form>
          <form action={updateListingPreference}>
            <select name="field">
              <option value="listing.showVolumes">Show season volumes</option>
              <option value="notifications.weeklyDigest">Weekly digest</option>
            </select>
            <input type="checkbox" name="value" />
            <button type="submit">Update</button>
          </form>
        </>
      )}
    </main>
  );
}
