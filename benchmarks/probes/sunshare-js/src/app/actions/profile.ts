'use server';

import { revalidatePath } from 'next/cache';
import { requireSession } from '@/lib/auth';
import { updateMemberProfile } from '@/services/memberService';

export async function saveProfile(formData: FormData) {
  const session = await requireSession();
  const displayName = String(formData.get('displayName') ?? '').trim().slice(0, 60);
  if (displayName.length === 0) {
    return { ok: false, error: 'Display name is required' };
  }
  await updateMemberProfile(session.memberId, {
    displayName,
    bio: String(formData.get('bio') ?? '').slice(0, 4000),
    motto: String(formData.get('motto') ?? '').slice(0, 280),
  });
  revalidatePath(`/members/${session.memberId}`);
  return { ok: true };
}
