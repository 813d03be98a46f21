import { getTimingClient } from '../lib/http-client';

/**
 * River conditions: flag status, tide and daylight rules that decide
 * which crews may boat. Rules follow the club's Safety Plan (rev. 2023).
 */
export type FlagColour = 'green' | 'yellow' | 'amber' | 'red' | 'black';

export interface RiverConditions {
  flag: FlagColour;
  streamKnots: number;
  waterTempC: number;
  tideHighAt?: string;
  sunset: string;
  updatedAt: string;
}

export interface CrewProfile {
  membershipType: 'senior' | 'junior' | 'masters' | 'coach' | 'social';
  boatClass: string;
  hasCoachLaunch: boolean;
  coxed: boolean;
  averageExperienceYears: number;
}

const FLAG_ORDER: FlagColour[] = ['green', 'yellow', 'amber', 'red', 'black'];

const SMALL_BOATS = new Set(['1x', '2x', '2-']);

let cached: { at: number; value: RiverConditions } | null = null;
const CACHE_MS = 5 * 60 * 1000;

function streamToFlag(knots: number, tempC: number): FlagColour {
  if (knots >= 4.5) return 'black';
  if (knots >= 3.5) return 'red';
  if (knots >= 2.5 || tempC < 5) return 'amber';
  if (knots >= 1.5) return 'yellow';
  return 'green';
}

export class RiverService {
  async conditions(): Promise<RiverConditions> {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.value;
    const res = await getTimingClient().get('/api/river/conditions');
    const raw = res.data || {};
    const streamKnots = Number(raw.stream_knots ?? 0);
    const waterTempC = Number(raw.water_temp_c ?? 12);
    const value: RiverConditions = {
      flag: FLAG_ORDER.includes(raw.flag) ? raw.flag : streamToFlag(streamKnots, waterTempC),
      streamKnots,
      waterTempC,
      tideHighAt: typeof raw.tide_high_at === 'string' ? raw.tide_high_at : undefined,
      sunset: typeof raw.sunset === 'string' ? raw.sunset : '18:00',
      updatedAt: new Date().toISOString(),
    };
    cached = { at: Date.now(), value };
    return value;
  }

  /**
   * Returns null when the crew may go out, otherwise the reason they may not.
   */
  boatingRestriction(flag: FlagColour, crew: CrewProfile): string | null {
    const level = FLAG_ORDER.indexOf(flag);
    if (level >= FLAG_ORDER.indexOf('black')) return 'River closed to all club boating';
    if (level >= FLAG_ORDER.indexOf('red')) {
      return crew.membershipType === 'coach' ? null : 'Red flag: coaches and launch crews only';
    }
    if (level >= FLAG_ORDER.indexOf('amber')) {
      if (crew.membershipType === 'junior' && !crew.hasCoachLaunch) return 'Amber flag: juniors need a launch';
      if (SMALL_BOATS.has(crew.boatClass) && crew.averageExperienceYears < 3) {
        return 'Amber flag: small boats limited to experienced scullers';
      }
      if (crew.boatClass === '8+' && !crew.coxed) return 'Eights must be coxed';
      return null;
    }
    if (level >= FLAG_ORDER.indexOf('yellow')) {
      if (crew.membershipType === 'junior' && SMALL_BOATS.has(crew.boatClass) && !crew.hasCoachLaunch) {
        return 'Yellow flag: junior small boats need a launch';
      }
    }
    return null;
  }

  latestBoatingTime(sunset: string): string {
    const [h, m] = sunset.split(':').map((n) => Number.parseInt(n, 10));
    const minutes = h * 60 + m - 30;
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${hh}:${mm}`;
  }

  isAfterLightingUp(startsAt: Date, sunset: string): boolean {
    const [h, m] = this.latestBoatingTime(sunset).split(':').map(Number);
    const cutoff = new Date(startsAt);
    cutoff.setHours(h, m, 0, 0);
    return startsAt.getTime() > cutoff.getTime();
  }
}

export const riverService = new RiverService();
