export interface Env {
  API_ORIGIN: string;
  INTERNAL_API_KEY: string;
  SHARE_LINKS: KVNamespace;
}

export async function internalGet<T>(env: Env, path: string): Promise<T | null> {
  const res = await fetch(`${env.API_ORIGIN}/internal${path}`, { headers: { 'x-internal-key': env.INTERNAL_API_KEY } });
  return res.ok ? ((await res.json()) as T) : null;
}
