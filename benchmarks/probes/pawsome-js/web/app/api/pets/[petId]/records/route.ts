import { NextRequest, NextResponse } from 'next/server';
import { Pool } from 'pg';
import { MongoClient } from 'mongodb';
import fs from 'node:fs/promises';
import path from 'node:path';

export const runtime = 'nodejs';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const REPORTS_DIR = process.env.REPORTS_DIR ?? '/srv/pawsome/reports';
const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

type RouteContext = { params: Promise<{ petId: string }> };

function parsePetId(raw: string): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export async function GET(request: NextRequest, { params }: RouteContext) {
  const petId = parsePetId((await params).petId);
  if (petId === null) return NextResponse.json({ error: 'invalid pet id' }, { status: 400 });

  const search = request.nextUrl.searchParams;
  const download = search.get('download');
  if (download) {
    try {
      const file = await fs.readFile(path.join(REPORTS_DIR, String(petId), download)); // VULN path
      return new NextResponse(file, { headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline' } });
    } catch {
      return NextResponse.json({ error: 'report not found' }, { status: 404 });
    }
  }

  const kind = search.get('kind');
  const base = 'SELECT id, kind, summary, recorded_at, vet_id FROM medical_records WHERE pet_id = $1';
  const sql = kind ? `${base} AND kind = '${kind}' ORDER BY recorded_at DESC` : `${base} ORDER BY recorded_at DESC`;
  const { rows } = await pool.query(sql, [petId]); // VULN sqli
  return NextResponse.json({ petId, records: rows });
}

export async function POST(request: NextRequest, { params }: RouteContext) {
  const petId = parsePetId((await params).petId);
  if (petId === null) return NextResponse.json({ error: 'invalid pet id' }, { status: 400 });

  const form = await request.formData();
  const report = form.get('report');
  if (!(report instanceof File) || report.size > MAX_UPLOAD_BYTES) {
    return NextResponse.json({ error: 'a PDF report under 15MB is required' }, { status: 400 });
  }
  const safeName = path.basename(report.name).replace(/[^\w.-]/g, '_');
  if (!safeName || safeName.startsWith('.')) {
    return NextResponse.json({ error: 'invalid file name' }, { status: 400 });
  }
  const dir = path.join(REPORTS_DIR, String(petId));
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, safeName), Buffer.from(await report.arrayBuffer())); // SAFE path

  const note = String(form.get('summary') ?? '').slice(0, 500);
  await pool.query('INSERT INTO medical_records (pet_id, kind, summary, attachment, recorded_at) VALUES ($1, $2, $3, $4, now())', [petId, 'lab_report', note, safeName]);
  return NextResponse.json({ stored: safeName }, { status: 201 });
}

export async function PUT(request: NextRequest, { params }: RouteContext) {
  const petId = parsePetId((await params).petId);
  if (petId === null) return NextResponse.json({ error: 'invalid pet id' }, { status: 400 });

  // Owners unlock record sharing with the access code printed on their latest invoice.
  const body = await request.json();
  await mongo.connect();
  const owners = mongo.db(process.env.MONGO_DB ?? 'pawsome').collection('portal_owners');
  const owner = await owners.findOne({ email: body.email, accessCode: body.accessCode }); // VULN nosqli
  if (!owner) return NextResponse.json({ error: 'access code does not match' }, { status: 403 });

  const days = Math.min(Math.max(Number(body.days) || 30, 1), 90);
  const result = await pool.query(
    "UPDATE pets SET records_shared_until = now() + make_interval(days => $1) WHERE id = $2 AND owner_id = $3",
    [days, petId, owner.ownerId],
  );
  if (result.rowCount === 0) return NextResponse.json({ error: 'pet not found' }, { status: 404 });
  return NextResponse.json({ petId, sharedForDays: days });
}
