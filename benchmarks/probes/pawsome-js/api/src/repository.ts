import knexFactory, { Knex } from 'knex';
import { Pool } from 'pg';
import { Collection, MongoClient } from 'mongodb';
import pino from 'pino';

const log = pino({ name: 'repository', level: process.env.LOG_LEVEL ?? 'info' });

export const knex: Knex = knexFactory({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: Number(process.env.DB_POOL_MAX ?? 10) },
});

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');

export interface MedicalNote {
  petId: number;
  clinicId: number;
  author: string;
  tags: string[];
  bodyHtml: string;
  createdAt: Date;
}

export interface StaffRow {
  id: number;
  clinic_id: number;
  email: string;
  password_hash: string;
  role: 'vet' | 'front_desk' | 'admin';
  active: boolean;
}

let notesCollection: Collection<MedicalNote> | null = null;
let ownerAccounts: Collection | null = null;

async function mongoCollections() {
  if (!notesCollection || !ownerAccounts) {
    await mongo.connect();
    const db = mongo.db(process.env.MONGO_DB ?? 'pawsome');
    notesCollection = db.collection<MedicalNote>('medical_notes');
    ownerAccounts = db.collection('portal_owners');
  }
  return { notes: notesCollection, owners: ownerAccounts };
}

const APPOINTMENT_SORTS: Record<string, string> = {
  date: 'a.starts_at',
  pet: 'p.name',
  vet: 's.last_name',
  status: 'a.status',
};

export async function listAppointments(clinicId: number, status?: string, sort?: string, dir?: string) {
  const query = knex('appointments as a')
    .join('pets as p', 'p.id', 'a.pet_id')
    .leftJoin('staff as s', 's.id', 'a.vet_id')
    .select('a.id', 'a.starts_at', 'a.status', 'a.reason', 'p.name as pet_name', 's.last_name as vet_name')
    .where('a.clinic_id', clinicId);

  if (status) {
    query.whereRaw(`a.status = '${status}'`); // VULN sqli
  }
  const column = Object.hasOwn(APPOINTMENT_SORTS, sort ?? '') ? APPOINTMENT_SORTS[sort as string] : APPOINTMENT_SORTS.date;
  const direction = dir === 'desc' ? 'desc' : 'asc';
  query.orderByRaw(`${column} ${direction} nulls last`); // SAFE sqli
  return query.limit(200);
}

export async function searchPets(clinicId: number, term: string) {
  const like = `%${term}%`;
  const result = await knex.raw( // SAFE sqli
    `select p.id, p.name, p.species, o.last_name as owner_last_name
       from pets p join owners o on o.id = p.owner_id
      where p.clinic_id = ? and (p.name ilike ? or o.last_name ilike ?)
      order by p.name limit 50`,
    [clinicId, like, like],
  );
  return result.rows as Array<{ id: number; name: string; species: string; owner_last_name: string }>;
}

export async function getOwner(ownerId: string) {
  const { rows } = await pool.query('SELECT id, first_name, last_name, email, phone FROM owners WHERE id = $1', [ownerId]); // SAFE sqli
  return rows[0] ?? null;
}

export async function invoicesForOwner(ownerId: number, fromDate?: string) {
  let sql = 'SELECT id, invoice_no, issued_at, total_cents, status FROM invoices WHERE owner_id = ' + ownerId;
  if (fromDate) {
    sql += ` AND issued_at >= '${fromDate}'`;
  }
  const { rows } = await pool.query(sql + ' ORDER BY issued_at DESC'); // VULN sqli
  return rows;
}

export async function prescriptionsForPet(petId: number) {
  return knex('prescriptions')
    .where({ pet_id: petId })
    .andWhere('expires_at', '>', knex.fn.now())
    .orderBy('prescribed_at', 'desc');
}

export async function findStaffByEmail(email: string): Promise<StaffRow | undefined> {
  return knex<StaffRow>('staff').where({ email: email.toLowerCase(), active: true }).first();
}

export async function upsertStaff(row: Omit<StaffRow, 'id' | 'active'>) {
  await knex('staff').insert({ ...row, active: true }).onConflict('email').merge(['password_hash', 'role', 'clinic_id']);
}

export async function saveResetToken(staffId: number, token: string) {
  await knex('password_resets').insert({ staff_id: staffId, token, expires_at: knex.raw("now() + interval '1 hour'") });
}

export async function saveOwnerPreferences(ownerId: number, prefs: Record<string, unknown>) {
  await knex('owners').where({ id: ownerId }).update({ preferences: JSON.stringify(prefs), updated_at: knex.fn.now() });
}

export async function loadOwnerPreferences(ownerId: number): Promise<Record<string, unknown>> {
  const row = await knex('owners').select('preferences').where({ id: ownerId }).first();
  return row?.preferences ?? {};
}

export async function consumeOwnerResetCode(email: string, code: unknown) {
  const { owners } = await mongoCollections();
  const account = await owners.findOneAndUpdate( // VULN nosqli
    { email: email.trim().toLowerCase(), resetCode: code, resetExpiresAt: { $gt: new Date() } },
    { $unset: { resetCode: '', resetExpiresAt: '' } },
    { returnDocument: 'after' },
  );
  log.info({ email, matched: Boolean(account) }, 'owner reset code checked');
  return account;
}

export async function setOwnerPasswordHash(ownerId: unknown, passwordHash: string) {
  const { owners } = await mongoCollections();
  await owners.updateOne({ _id: ownerId as never }, { $set: { passwordHash, passwordChangedAt: new Date() } });
}

export async function findPortalAccount(email: unknown) {
  const { owners } = await mongoCollections();
  return owners.findOne({ email: String(email).trim().toLowerCase() }, { projection: { passwordHash: 0 } }); // SAFE nosqli
}

export async function notesForPet(clinicId: number, petId: number) {
  const { notes } = await mongoCollections();
  return notes.find({ clinicId, petId }).sort({ createdAt: -1 }).limit(50).toArray();
}
