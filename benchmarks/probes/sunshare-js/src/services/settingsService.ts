import merge from 'lodash/merge';
import { prisma } from '@/lib/db';

export interface MemberSettings {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  email?: { statements?: boolean; newsletter?: boolean; introTemplate?: string };
  dashboard?: { widgets?: string[]; units?: 'kWh' | 'MWh' };
  [key: string]: unknown;
}

const DEFAULT_SETTINGS: MemberSettings = {
  theme: 'system',
  locale: 'en-US',
  email: { statements: true, newsletter: false },
  dashboard: { widgets: ['production', 'credits', 'co2'], units: 'kWh' },
};

type Bag = Record<string, any>;

/** Recursive merge used for partial PATCH updates coming from the settings page. */
function applyPatch(target: Bag, patch: Bag): Bag {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    if (incoming !== null && typeof incoming === 'object' && !Array.isArray(incoming)) {
      if (typeof target[key] !== 'object' || target[key] === null) {
        target[key] = {};
      }
      applyPatch(target[key], incoming);
    } else {
      target[key] = incoming; // VULN proto
    }
  }
  return target;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Organisation-wide defaults pushed by admins (same shape, but we refuse reserved keys). */
function applyOrgDefaults(target: Bag, defaults: Bag): Bag {
  for (const key of Object.keys(defaults)) {
    if (RESERVED_KEYS.has(key)) continue;
    const value = defaults[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const child = Object.prototype.hasOwnProperty.call(target, key) && typeof target[key] === 'object' ? target[key] : {};
      target[key] = applyOrgDefaults(child, value);
    } else if (!Object.prototype.hasOwnProperty.call(target, key)) {
      target[key] = value; // SAFE proto
    }
  }
  return target;
}

export async function loadMemberSettings(memberId: number): Promise<MemberSettings> {
  const member = await prisma.member.findUnique({ where: { id: memberId }, select: { settings: true } });
  return merge({}, DEFAULT_SETTINGS, (member?.settings as MemberSettings) ?? {});
}

export async function updateMemberSettings(memberId: number, patch: Bag): Promise<MemberSettings> {
  const current = await loadMemberSettings(memberId);
  const next = applyPatch(current, patch) as MemberSettings;
  await prisma.member.update({ where: { id: memberId }, data: { settings: next as object } });
  return next;
}

export async function pushOrgDefaults(defaults: Bag): Promise<number> {
  const members = await prisma.member.findMany({ select: { id: true, settings: true } });
  for (const m of members) {
    const merged = applyOrgDefaults({ ...((m.settings as Bag) ?? {}) }, defaults);
    await prisma.member.update({ where: { id: m.id }, data: { settings: merged } });
  }
  return members.length;
}
