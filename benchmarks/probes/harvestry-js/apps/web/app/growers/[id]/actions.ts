'use server';

import set from 'lodash/set';
import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db';
import { requireGrower } from '@/lib/session';

const PREFERENCE_FIELDS = new Set([
  'listing.showVolumes',
  'listing.showCertifications',
  'listing.contactVisible',
  'notifications.weeklyDigest',
  'notifications.priceAlerts',
]);

export async function updateBio(formData: FormData) {
  const { growerId } = await requireGrower();
  const bio = String(formData.get('bio') ?? '').slice(0, 4000);
  await prisma.grower.update({ where: { id: growerId }, data: { bio } });
  revalidatePath(`/growers/${growerId}`);
}

export async function updateListingPreference(formData: FormData) {
  const { growerId } = await requireGrower();
  const field = String(formData.get('field') ?? '');
  if (!PREFERENCE_FIELDS.has(field)) {
    throw new Error(`unknown preference ${field}`);
  }
  const grower = await prisma.grower.findUniqueOrThrow({ where: { id: growerId }, select: { preferences: true } });
  const preferences = { ...((grower.preferences as Record<string, unknown> | null) ?? {}) };
  set(preferences, field, formData.get('value') === 'on'); // SAFE proto
  await prisma.grower.update({ where: { id: growerId }, data: { preferences } });
  revalidatePath(`/growers/${growerId}`);
}
