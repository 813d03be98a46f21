export interface CrewNotice {
  _id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  footerHtml?: string;
  vessels: string[];
  publishedBy: string;
  updatedAt: string;
}

export interface Departure {
  id: string;
  route_code: string;
  vessel_code: string;
  departs_at: string;
  arrives_at: string;
  status: string;
  remarks: string | null;
  berth: string | null;
  seats_left: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const API_BASE = '/api';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, {
    credentials: 'include',
    ...init,
    headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
  });
  if (!res.ok) {
    let message = res.statusText;
    try {
      const body = (await res.json()) as { message?: string | string[] };
      message = Array.isArray(body.message) ? body.message.join(', ') : body.message ?? message;
    } catch {
      /* non-JSON error body */
    }
    throw new ApiError(res.status, message);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export const api = {
  login: (email: string, password: string) =>
    call<{ user: { id: string; displayName: string; roles: string[] } }>('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    }),
  notices: (vessel?: string) => call<CrewNotice[]>(`/crew/notices${vessel ? `?vessel=${encodeURIComponent(vessel)}` : ''}`),
  departures: (port: string, date: string) =>
    call<Departure[]>(`/sailings/departures?port=${encodeURIComponent(port)}&date=${encodeURIComponent(date)}`),
};
