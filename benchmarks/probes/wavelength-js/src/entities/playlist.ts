import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'playlists' })
export class Playlist {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'show_id' })
  showId: number;

  @Column()
  title: string;

  @Column({ type: 'date', name: 'air_date' })
  airDate: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'rotation_rule', type: 'text', nullable: true })
  rotationRule: string | null;

  @Column({ default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @OneToMany(() => PlaylistItem, (item) => item.playlist, { cascade: true })
  items: PlaylistItem[];
}

@Entity({ name: 'playlist_items' })
export class PlaylistItem {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Playlist, (playlist) => playlist.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'playlist_id' })
  playlist: Playlist;

  @Column()
  position: number;

  @Column()
  artist: string;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'duration_seconds', default: 0 })
  durationSeconds: number;
}
