import mysql from 'mysql2/promise';
import { config } from './config';

export const pool = mysql.createPool({
  uri: config.databaseUrl,
  connectionLimit: 4,
  timezone: 'Z',
});
