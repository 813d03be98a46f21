import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { catalogDb } from '$lib/server/mongo';
import { escapeRegex } from '$lib/text';

const SORT_FIELDS = new Map([['title', 'title'], ['released', 'releaseDate'], ['streams', 'lifetimeStreams']]);

export const GET: RequestHandler = async ({ url, locals }) => {
  if (!locals.user) return json({ error: 'unauthorized' }, { status: 401 });
  const q = (url.searchParams.get('q') ?? '').slice(0, 80);
  const sortField = SORT_FIELDS.get(url.searchParams.get('sort') ?? 'title') ?? 'title';

  const tracks = await (await catalogDb())
    .collection('tracks')
    .find({ labelId: locals.user.labelId, title: { $regex: escapeRegex(q), $options: 'i' } }) // SAFE nosqli
    .sort({ [sortField]: sortField === 'title' ? 1 : -1 })
    .limit(50)
    .project({ _id: 0, isrc: 1, title: 1, artistName: 1, releaseDate: 1 })
    .toArray();
  return json({ q, tracks });
};
