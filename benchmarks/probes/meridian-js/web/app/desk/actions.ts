'use server';

import fs from 'node:fs/promises';
import path from 'node:path';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import jwt from 'jsonwebtoken';

const DESK_API_URL = process.env.DESK_API_URL ?? 'http://localhost:4000';
const EXPORT_DIR = process.env.EXPORT_DIR ?? '/var/meridian/exports';
const FORMULA_PATTERN = /^(?:\s*(?:\d+(?:\.\d+)?|wordCount|imageCount|ageHours|[-+*/()]))+\s*$/;
const BLOCKED_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);
const SETTING_SEGMENT = /^[a-zA-Z][\w-]{0,39}$/;

const DESTINATIONS = {
  queue: '/desk/queue',
  calendar: '/desk/calendar',
  articles: '/desk/articles',
  newsletters: '/desk/newsletters',
} as const;

export interface ActionResult {
  ok: boolean;
  error?: string;
  sample?: number;
}

interface Session {
  sub: string;
  email: string;
  role: 'contributor' | 'reporter' | 'editor' | 'admin';
}

async function currentSession(): Promise<{ session: Session; token: string }> {
  const token = cookies().get('desk_session')?.value;
  if (!token) redirect('/login');
  const session = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'], issuer: 'meridian-desk' }) as Session; // SAFE jwt
  return { session, token };
}

async function deskApi<T>(token: string, pathname: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${DESK_API_URL}${pathname}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`Desk API ${pathname} failed with ${res.status}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export async function saveRankingFormula(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const { session, token } = await currentSession();
  if (session.role !== 'editor' && session.role !== 'admin') return { ok: false, error: 'Only editors can change ranking.' };

  const formula = String(formData.get('formula') ?? '').trim();
  if (formula.length === 0 || formula.length > 200 || !FORMULA_PATTERN.test(formula)) {
    return { ok: false, error: 'Use numbers, + - * / ( ) and wordCount, imageCount, ageHours only.' };
  }

  let sample: number;
  try {
    const score = new Function('wordCount', 'imageCount', 'ageHours', `"use strict"; return (${formula});`) as (w: number, i: number, a: number) => number; // SAFE code
    sample = score(850, 3, 2);
  } catch {
    return { ok: false, error: 'Formula could not be evaluated.' };
  }
  if (!Number.isFinite(sample)) return { ok: false, error: 'Formula must produce a finite number.' };

  await deskApi(token, '/desk/ranking', { method: 'PUT', body: JSON.stringify({ formula }) });
  revalidatePath('/desk/queue');
  return { ok: true, sample };
}

export async function updateEmbedDefaults(formData: FormData): Promise<ActionResult> {
  const { token } = await currentSession();
  const field = String(formData.get('field') ?? '');
  const value = String(formData.get('value') ?? '');
  const segments = field.split('.');
  if (segments.length > 4 || segments.some((s) => BLOCKED_SEGMENTS.has(s) || !SETTING_SEGMENT.test(s))) {
    return { ok: false, error: 'Unknown setting.' };
  }

  const settings = await deskApi<Record<string, unknown>>(token, '/desk/embed-settings');
  let cursor: Record<string, unknown> = settings;
  for (const segment of segments.slice(0, -1)) {
    const next = cursor[segment];
    if (typeof next !== 'object' || next === null) cursor[segment] = {};
    cursor = cursor[segment] as Record<string, unknown>;
  }
  cursor[segments[segments.length - 1]] = value; // SAFE proto

  await deskApi(token, '/desk/embed-settings', { method: 'PUT', body: JSON.stringify(settings) });
  revalidatePath('/desk/settings/embeds');
  return { ok: true };
}

export async function closeEditor(formData: FormData): Promise<void> {
  const { token } = await currentSession();
  const draftId = String(formData.get('draftId') ?? '');
  if (draftId) await deskApi(token, `/drafts/${encodeURIComponent(draftId)}/lock`, { method: 'DELETE' });
  const returnTo = String(formData.get('returnTo') ?? '/desk');
  redirect(returnTo); // VULN redirect
}

export async function publishAndContinue(formData: FormData): Promise<void> {
  const { token } = await currentSession();
  const articleId = Number.parseInt(String(formData.get('articleId')), 10);
  if (!Number.isSafeInteger(articleId)) throw new Error('Invalid article id');
  await deskApi(token, `/articles/${articleId}/publish`, { method: 'POST' });
  revalidatePath('/desk/queue');
  const next = String(formData.get('next') ?? 'queue');
  redirect(Object.hasOwn(DESTINATIONS, next) ? DESTINATIONS[next as keyof typeof DESTINATIONS] : DESTINATIONS.queue); // SAFE redirect
}

export async function downloadExport(formData: FormData): Promise<{ fileName: string; content: string }> {
  const { session } = await currentSession();
  const fileName = String(formData.get('file') ?? '');
  const content = await fs.readFile(path.join(EXPORT_DIR, fileName), 'utf8'); // VULN path
  console.info(`export ${fileName} downloaded by ${session.email}`);
  return { fileName, content };
}
