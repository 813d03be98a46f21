import { env } from '$env/dynamic/private';

const API = () => env.ROYALTA_API_URL ?? 'http://localhost:4000';

export async function fetchCurrentUser(fetchFn: typeof fetch, token: string): Promise<App.Locals['user']> {
  const res = await fetchFn(`${API()}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok ? ((await res.json()) as { user: App.Locals['user'] }).user : null;
}

export async function login(fetchFn: typeof fetch, username: string, password: string): Promise<string | null> {
  const res = await fetchFn(`${API()}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.ok ? ((await res.json()) as { token: string }).token : null;
}
