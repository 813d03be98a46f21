import { prisma } from './db';

export async function searchSpaces(query: string, city?: string) {
  const spaces = await prisma.space.findMany({
    where: { published: true, name: { contains: query, mode: 'insensitive' }, ...(city ? { city } : {}) },
    select: { id: true, name: true, city: true, teaser: true, _count: { select: { desks: true } } },
    take: 50,
  });
  return spaces.map((s) => ({ id: s.id, name: s.name, city: s.city, teaser: s.teaser ?? '', deskCount: s._count.desks }));
}
