import { NextRequest, NextResponse } from 'next/server';
import { getSession } from '@/lib/auth';
import { jsonError } from '@/lib/web';
import { loadMemberSettings, pushOrgDefaults, updateMemberSettings } from '@/services/settingsService';

export async function GET() {
  const session = await getSession();
  if (!session) return jsonError(401, 'Sign in required');
  return NextResponse.json(await loadMemberSettings(session.memberId));
}

export async function PATCH(req: NextRequest) {
  const session = await getSession();
  if (!session) return jsonError(401, 'Sign in required');
  let patch: Record<string, unknown>;
  try {
    patch = JSON.parse(await req.text());
  } catch {
    return jsonError(400, 'Body must be JSON');
  }
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return jsonError(400, 'Body must be an object');
  }
  const updated = await updateMemberSettings(session.memberId, patch);
  return NextResponse.json(updated);
}

export async function PUT(req: NextRequest) {
  const session = await getSession();
  if (!session || session.role !== 'admin') return jsonError(403, 'Admin only');
  const defaults = JSON.parse(await req.text());
  const count = await pushOrgDefaults(defaults);
  return NextResponse.json({ updated: count });
}
