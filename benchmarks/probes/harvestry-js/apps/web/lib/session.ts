import { jwtVerify } from 'jose';
import { cookies } from 'next/headers';

export interface GrowerSession {
  growerId: number;
}

const secret = new TextEncoder().encode(process.env.GROWER_SESSION_SECRET ?? '');

export async function getGrowerSession(): Promise<GrowerSession | null> {
  const token = cookies().get('hv_grower')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: 'harvestry-web' });
    return { growerId: Number(payload.sub) };
  } catch {
    return null;
  }
}

export async function requireGrower(): Promise<GrowerSession> {
  const session = await getGrowerSession();
  if (!session) throw new Error('not signed in');
  return session;
}
