import { forkEm } from '../db/postgres';
import { WorkshopSettings, type WorkshopSettingsData } from '../entities';
import { ValidationError } from '../util/guards';
import { deepMerge, type PlainObject } from '../util/objects';

export const DEFAULT_SETTINGS: WorkshopSettingsData = {
  workshop: {
    name: 'Escapement Restoration',
    address: ['Unit 4, The Old Forge', 'Mill Lane', 'Clerkenwell', 'London EC1R 0AA'],
    phone: '020 7946 0321',
  },
  quoteFooter:
    'This quotation is valid for <%= it.validityDays %> days. Movements are returned with a twelve month guarantee on our workmanship.',
  quoteValidityDays: 30,
  openingHours: {
    'Tuesday - Friday': '09:30 - 17:30',
    Saturday: '10:00 - 14:00',
  },
  pricing: {
    partsMarkup: 0.3,
    minimumChargePence: 9500,
  },
};

let cached: { data: WorkshopSettingsData; loadedAt: number } | undefined;
const CACHE_MS = 30_000;

export async function getSettings(): Promise<WorkshopSettingsData> {
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) {
    return cached.data;
  }
  const em = await forkEm();
  const row = await em.findOne(WorkshopSettings, { id: 1 });
  const data = row?.data ?? DEFAULT_SETTINGS;
  cached = { data, loadedAt: Date.now() };
  return data;
}

function validateSettings(data: WorkshopSettingsData): void {
  if (typeof data.quoteFooter !== 'string' || data.quoteFooter.length > 4000) {
    throw new ValidationError('quoteFooter must be text of at most 4000 characters', 'quoteFooter');
  }
  if (!Number.isInteger(data.quoteValidityDays) || data.quoteValidityDays < 7 || data.quoteValidityDays > 120) {
    throw new ValidationError('quoteValidityDays must be between 7 and 120', 'quoteValidityDays');
  }
  if (typeof data.pricing?.partsMarkup !== 'number' || data.pricing.partsMarkup < 0 || data.pricing.partsMarkup > 2) {
    throw new ValidationError('pricing.partsMarkup must be between 0 and 2', 'pricing.partsMarkup');
  }
}

export async function updateSettings(patch: PlainObject, actor: string): Promise<WorkshopSettingsData> {
  const em = await forkEm();
  let row = await em.findOne(WorkshopSettings, { id: 1 });
  if (!row) {
    row = em.create(WorkshopSettings, { id: 1, data: structuredClone(DEFAULT_SETTINGS) });
  }
  const next = deepMerge(structuredClone(row.data), patch);
  validateSettings(next);
  row.data = next;
  row.updatedBy = actor;
  await em.persistAndFlush(row);
  cached = undefined;
  return next;
}
