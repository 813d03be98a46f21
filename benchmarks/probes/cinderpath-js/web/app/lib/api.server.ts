import type { Session } from '@remix-run/node';
import { apiToken } from './session.server';

const API_BASE = process.env.CINDERPATH_API_URL ?? 'http://127.0.0.1:4080';

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export interface NoteDto {
  id: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  createdAt: string;
}

export interface InspectionDto {
  id: string;
  status: string;
  scheduledFor: string | null;
  summary: string | null;
  accessCode: string | null;
  property: {
    id: string;
    street: string;
    city: string;
    zip: string;
    insuredName: string;
    riskTier: number;
    carrier: { displayName: string; brandingSlug: string };
  };
  notes: NoteDto[];
}

async function call<T>(session: Session, path: string, init: RequestInit = {}): Promise<T> {
  const token = apiToken(session);
  const res = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers ?? {}),
    },
  });
  if (!res.ok) {
    throw new ApiError(res.status, `API ${init.method ?? 'GET'} ${path} failed with ${res.status}`);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export function getInspection(session: Session, id: string): Promise<InspectionDto> {
  return call<InspectionDto>(session, `/api/inspections/${encodeURIComponent(id)}`);
}

export function cancelInspection(session: Session, id: string, reason: string): Promise<void> {
  return call<void>(session, `/api/inspections/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: JSON.stringify({ reason }),
  });
}

export function scheduleInspection(session: Session, id: string, when: string, notify: string) {
  return call<{ id: string; scheduledFor: string }>(session, `/api/inspections/${encodeURIComponent(id)}/schedule`, {
    method: 'POST',
    body: JSON.stringify({ when, notify }),
  });
}

export async function exchangeAccessCode(code: string): Promise<{ token: string; inspectionId: string }> {
  const res = await fetch(`${API_BASE}/portal/access-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) throw new ApiError(res.status, 'access code rejected');
  return (await res.json()) as { token: string; inspectionId: string };
}
