import createKnex from 'knex';
import mongoose from 'mongoose';
import { Sequelize } from 'sequelize';
import { config } from './config';

const { host, port, database, user, password } = config.db;

export const sequelize = new Sequelize(database, user, password, { host, port, dialect: 'postgres', logging: false, pool: { max: 10 } });

export const knex = createKnex({ client: 'pg', connection: { host, port, database, user, password }, pool: { min: 0, max: 10 } });

export async function connectMongo(): Promise<void> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(config.mongoUrl, { serverSelectionTimeoutMS: 5000 });
}
