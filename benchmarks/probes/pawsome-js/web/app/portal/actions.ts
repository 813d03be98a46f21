'use server';

import vm from 'node:vm';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import argon2 from 'argon2';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

const LOCAL_PATH = /^\/(?![/\\])[\w\-./?=&%]*$/;
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ActionResult = { ok: boolean; message?: string; value?: unknown };

async function currentOwnerId(): Promise<number> {
  const jar = await cookies();
  const raw = jar.get('pv_owner')?.value;
  const { rows } = await pool.query('SELECT owner_id FROM portal_sessions WHERE session_id = $1 AND expires_at > now()', [raw ?? '']);
  if (rows.length === 0) redirect('/login');
  return rows[0].owner_id as number;
}

export async function bookAppointment(formData: FormData): Promise<void> {
  const ownerId = await currentOwnerId();
  const petId = Number(formData.get('petId'));
  const clinicId = Number(formData.get('clinicId'));
  const startsAt = new Date(String(formData.get('startsAt')));
  const reason = String(formData.get('reason') ?? '').slice(0, 280);
  if (!Number.isInteger(petId) || !Number.isInteger(clinicId) || Number.isNaN(startsAt.getTime())) {
    throw new Error('Please pick a pet, a clinic and a time slot.');
  }
  await pool.query(
    'INSERT INTO appointments (reference, pet_id, clinic_id, owner_id, starts_at, reason, status) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [randomUUID(), petId, clinicId, ownerId, startsAt, reason, 'requested'],
  );
  revalidatePath('/portal/appointments');
  const returnTo = String(formData.get('returnTo') ?? '/portal/appointments');
  redirect(LOCAL_PATH.test(returnTo) ? returnTo : '/portal/appointments'); // SAFE redirect
}

export async function addOwnerComment(formData: FormData): Promise<ActionResult> {
  const ownerId = await currentOwnerId();
  const visitId = Number(formData.get('visitId'));
  const comment = String(formData.get('comment') ?? '').trim();
  if (!comment) return { ok: false, message: 'Comment cannot be empty.' };
  await pool.query(
    `INSERT INTO visit_notes (visit_id, author_kind, author_id, body_html, created_at)
     SELECT v.id, 'owner', $2, $3, now() FROM visits v JOIN pets p ON p.id = v.pet_id WHERE v.id = $1 AND p.owner_id = $2`,
    [visitId, ownerId, comment.replace(/\n/g, '<br>')],
  );
  revalidatePath(`/portal/visits/${visitId}`);
  return { ok: true };
}

export async function calculateDosage(formData: FormData): Promise<ActionResult> {
  const formula = String(formData.get('formula') ?? '');
  const weightKg = Number(formData.get('weightKg'));
  if (!Number.isFinite(weightKg) || weightKg <= 0) return { ok: false, message: 'Enter the pet weight in kg.' };
  try {
    const dose = vm.runInNewContext(formula, { weightKg, round: Math.round }, { timeout: 50 }); // VULN code
    return { ok: true, value: Number(dose) };
  } catch (err) {
    console.warn('dose formula failed', err);
    return { ok: false, message: 'Could not evaluate the formula.' };
  }
}

function setSetting(target: Record<string, any>, dottedKey: string, value: string) {
  const parts = dottedKey.split('.');
  if (parts.some((p) => BLOCKED_KEYS.has(p) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(p))) return;
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!Object.hasOwn(node, part) || typeof node[part] !== 'object') node[part] = {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = value; // SAFE proto
}

export async function saveClinicDisplaySettings(formData: FormData): Promise<ActionResult> {
  const jar = await cookies();
  if (!jar.get('pv_session')) redirect('/staff/login');
  const clinicId = Number(formData.get('clinicId'));
  const settings: Record<string, any> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('display.') && typeof value === 'string') setSetting(settings, key.slice('display.'.length), value);
  }
  await pool.query('UPDATE clinics SET display_settings = display_settings || $1::jsonb WHERE id = $2', [JSON.stringify(settings), clinicId]);
  revalidatePath('/portal');
  return { ok: true, value: settings };
}

export async function changeOwnerPassword(formData: FormData): Promise<ActionResult> {
  const ownerId = await currentOwnerId();
  const password = String(formData.get('password') ?? '');
  if (password.length < 10 || password !== formData.get('confirm')) {
    return { ok: false, message: 'Passwords must match and be at least 10 characters.' };
  }
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await pool.query('UPDATE owners SET password_hash = $1, updated_at = now() WHERE id = $2', [hash, ownerId]);
  return { ok: true, message: 'Password updated.' };
}
