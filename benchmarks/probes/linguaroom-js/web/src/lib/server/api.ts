import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

type Fetch = typeof fetch;

function apiBase(): string {
  return (env.LINGUAROOM_API_URL ?? 'http://api.internal:3000').replace(/\/+$/, '');
}

export async function apiRequest<T>(fetchFn: Fetch, path: string, init: RequestInit = {}, token?: string): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  else if (env.LINGUAROOM_SERVICE_TOKEN) headers.set('Authorization', `Bearer ${env.LINGUAROOM_SERVICE_TOKEN}`);

  const response = await fetchFn(`${apiBase()}${path}`, { ...init, headers });
  if (response.status === 404) error(404, 'Not found');
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    error(response.status >= 500 ? 502 : response.status, body.error ?? 'Request failed');
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
