import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Playlist, PlaylistItem } from '../entities/playlist';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const config = require('../config');

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: config.database.connectionString,
  entities: [Playlist, PlaylistItem],
  synchronize: false,
  logging: config.env === 'development' ? ['error', 'warn'] : ['error'],
});

let initialising: Promise<DataSource> | null = null;

export function getDataSource(): Promise<DataSource> {
  if (AppDataSource.isInitialized) {
    return Promise.resolve(AppDataSource);
  }
  if (!initialising) {
    initialising = AppDataSource.initialize();
  }
  return initialising;
}
