import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { catalogDb, type ArtistDoc } from '$lib/server/mongo';
import { escapeHtml, renderBio } from '$lib/text';

export const load: PageServerLoad = async ({ params, url }) => {
  const db = await catalogDb();
  const artist = await db.collection<ArtistDoc>('artists').findOne({ slug: params.slug, public: true }, { projection: { _id: 0 } });
  if (!artist) error(404, 'Artist not found');

  const filter = url.searchParams.get('filter')?.trim() ?? '';
  const tracks = artist.tracks.filter((t) => !filter || t.title.toLowerCase().includes(filter.toLowerCase()));

  return {
    artist: { name: artist.name, country: artist.country },
    filter,
    tracks,
    bioHtml: renderBio(artist.bio ?? ''),
    emptyStateHtml: filter ? `No tracks match <strong>${filter}</strong>. <a href="?">Show all tracks</a>` : `${escapeHtml(artist.name)} has no released tracks yet.`,
  };
};
