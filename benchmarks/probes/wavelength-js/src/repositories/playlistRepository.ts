import { Brackets } from 'typeorm';
import { getDataSource } from '../db/dataSource';
import { Playlist, PlaylistItem } from '../entities/playlist';
import { CreatePlaylistDto, PlaylistQuery } from '../types/dto';

const ORDERABLE_COLUMNS: Record<string, string> = {
  airDate: 'p.airDate',
  title: 'p.title',
  createdAt: 'p.createdAt',
};

export async function findPlaylists(query: PlaylistQuery): Promise<Playlist[]> {
  const ds = await getDataSource();
  const qb = ds.getRepository(Playlist).createQueryBuilder('p').where('p.published = :published', { published: true });

  if (query.showId) {
    qb.andWhere('p.showId = :showId', { showId: query.showId }); // SAFE sqli
  }

  if (query.title) {
    qb.andWhere(`p.title ILIKE '%${query.title}%'`); // VULN sqli
  }

  if (query.from && query.to) {
    qb.andWhere(
      new Brackets((sub) => {
        sub.where('p.airDate >= :from', { from: query.from }).andWhere('p.airDate <= :to', { to: query.to });
      }),
    );
  }

  const column = query.orderBy ? ORDERABLE_COLUMNS[query.orderBy] : undefined;
  if (!column) {
    return qb.orderBy('p.airDate', 'DESC').take(query.limit).getMany();
  }
  qb.orderBy(column, query.direction ?? 'DESC'); // SAFE sqli

  return qb.take(query.limit).getMany();
}

export async function findPlaylistWithItems(id: number): Promise<Playlist | null> {
  const ds = await getDataSource();
  return ds
    .getRepository(Playlist)
    .createQueryBuilder('p')
    .leftJoinAndSelect('p.items', 'i')
    .where('p.id = :id', { id })
    .orderBy('i.position', 'ASC')
    .getOne();
}

export async function createPlaylist(dto: CreatePlaylistDto): Promise<Playlist> {
  const ds = await getDataSource();
  return ds.transaction(async (manager) => {
    const playlist = manager.create(Playlist, {
      showId: dto.showId,
      title: dto.title,
      airDate: dto.airDate,
      notes: dto.notes ?? null,
      rotationRule: dto.rotationRule ?? null,
      published: false,
    });
    const saved = await manager.save(playlist);
    const items = dto.items.map((item, index) =>
      manager.create(PlaylistItem, {
        playlist: saved,
        position: index + 1,
        artist: item.artist,
        title: item.title,
        note: item.note ?? null,
        durationSeconds: item.durationSeconds ?? 0,
      }),
    );
    await manager.save(items);
    saved.items = items;
    return saved;
  });
}

export async function publishPlaylist(id: number): Promise<void> {
  const ds = await getDataSource();
  await ds.createQueryBuilder().update(Playlist).set({ published: true }).where('id = :id', { id }).execute();
}

export async function findDraftPlaylists(showId: number, limit = 5): Promise<Playlist[]> {
  const ds = await getDataSource();
  return ds
    .getRepository(Playlist)
    .createQueryBuilder('p')
    .where('p.showId = :showId', { showId })
    .andWhere('p.published = false')
    .orderBy('p.airDate', 'ASC')
    .take(limit)
    .getMany();
}
