import { Sequelize } from 'sequelize';
import knexFactory from 'knex';
import pg from 'pg';
import { PrismaClient } from '@prisma/client';
import mongoose from 'mongoose';

const dbHost = process.env.DB_HOST ?? 'localhost';

export const sequelize = new Sequelize('gatepass', 'gatepass_app', 'Gp-2024!venueSync#44', { host: dbHost, dialect: 'postgres', logging: false }); // VULN secret
export const knex = knexFactory({ client: 'pg', connection: process.env.ORDERS_DATABASE_URL, pool: { min: 2, max: 20 } });
export const pool = new pg.Pool({ host: dbHost, user: 'gatepass_crm', password: process.env.CRM_DB_PASSWORD, database: 'crm' }); // SAFE secret
export const prisma = new PrismaClient({ datasources: { db: { url: process.env.REPORTING_DATABASE_URL } } });

export async function connectMongo(): Promise<void> {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/gatepass');
}
