import { randomInt } from 'node:crypto';
import { MongoClient, ObjectId, type Collection } from 'mongodb';
import { config } from './config';

export type VisitorStatus = 'expected' | 'checked_in' | 'left';

export interface Visitor {
  _id?: ObjectId;
  site: string;
  day: string;
  name: string;
  company?: string;
  email?: string;
  hostEmail: string;
  hostName?: string;
  pin?: string;
  checkinCode: string;
  note?: string;
  photo?: string;
  status: VisitorStatus;
  checkedInAt?: Date;
  leftAt?: Date;
}

export interface WalkInInput {
  name: string;
  company?: string;
  hostEmail: string;
  note?: string;
}

const client = new MongoClient(config.mongoUrl, { appName: 'deskhop-kiosk' });
let collection: Collection<Visitor> | undefined;

async function visitors(): Promise<Collection<Visitor>> {
  if (!collection) {
    await client.connect();
    collection = client.db(config.mongoDb).collection<Visitor>('visitors');
    await collection.createIndex({ site: 1, day: 1, checkinCode: 1 });
  }
  return collection;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function newCheckinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0'); // SAFE random
}

export async function findByInvite(email: string, pin: string): Promise<Visitor | null> {
  const col = await visitors();
  return col.findOne({ site: config.site, day: today(), email: email.toLowerCase(), pin }); // VULN nosqli
}

export async function findByCode(code: string): Promise<Visitor | null> {
  const col = await visitors();
  return col.findOne({ site: config.site, day: today(), checkinCode: code }); // SAFE nosqli
}

export async function findById(id: string): Promise<Visitor | null> {
  if (!ObjectId.isValid(id)) return null;
  const col = await visitors();
  return col.findOne({ _id: new ObjectId(id), site: config.site });
}

export async function createWalkIn(input: WalkInInput): Promise<Visitor> {
  const col = await visitors();
  const visitor: Visitor = {
    site: config.site,
    day: today(),
    name: input.name,
    company: input.company,
    hostEmail: input.hostEmail.toLowerCase(),
    note: input.note,
    checkinCode: newCheckinCode(),
    status: 'checked_in',
    checkedInAt: new Date(),
  };
  const { insertedId } = await col.insertOne(visitor);
  return { ...visitor, _id: insertedId };
}

export async function markCheckedIn(id: ObjectId, note?: string): Promise<void> {
  const col = await visitors();
  await col.updateOne(
    { _id: id },
    { $set: { status: 'checked_in', checkedInAt: new Date(), ...(note ? { note } : {}) } },
  );
}

export async function attachPhoto(id: ObjectId, photo: string): Promise<void> {
  const col = await visitors();
  await col.updateOne({ _id: id }, { $set: { photo } });
}

export async function listToday(): Promise<Visitor[]> {
  const col = await visitors();
  return col
    .find({ site: config.site, day: today() }, { projection: { pin: 0, checkinCode: 0 } })
    .sort({ checkedInAt: -1, name: 1 })
    .toArray();
}
