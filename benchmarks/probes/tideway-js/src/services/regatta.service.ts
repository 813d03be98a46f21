import { entryRepository, EntryDraft } from '../repositories/entry.repository';
import { regattaEntryReference } from '../lib/credentials';
import { EntryCreateDto, HandicapRequestDto } from '../lb4/dto/entry.dto';
const { agenda } = require('../jobs/agenda');

// FISA masters age-group handicap curves (seconds per 1000 m), by category
const MASTERS_CURVES: Record<string, string> = {
  standard: '0.0201 * Math.pow(age - 27, 2)',
  lightweight: '0.0195 * Math.pow(age - 27, 2)',
  coastal: '0.0250 * Math.pow(age - 30, 2)',
};

const SEATS_BY_EVENT_BOAT: Record<string, number> = {
  '1x': 1,
  '2x': 2,
  '2-': 2,
  '4x': 4,
  '4-': 4,
  '4+': 5,
  '8+': 9,
};

export class EntryValidationError extends Error {
  status = 422;
  constructor(public problems: string[]) {
    super(problems.join('; '));
  }
}

/** Event codes look like "MasC.4+" or "J16.1x": category, dot, boat class. */
export function boatClassOfEvent(eventCode: string): string | undefined {
  const dot = eventCode.lastIndexOf('.');
  if (dot < 0) return undefined;
  const cls = eventCode.slice(dot + 1);
  return SEATS_BY_EVENT_BOAT[cls] ? cls : undefined;
}

export function validateCrew(eventCode: string, seats: Array<{ seat: number; memberId: string }>): string[] {
  const problems: string[] = [];
  const cls = boatClassOfEvent(eventCode);
  if (!cls) return [`Unknown boat class in event ${eventCode}`];
  const expected = SEATS_BY_EVENT_BOAT[cls];
  if (seats.length !== expected) problems.push(`${cls} needs ${expected} seats, got ${seats.length}`);
  const coxed = cls.endsWith('+');
  if (coxed && !seats.some((s) => s.seat === 0)) problems.push('Coxed event needs a cox in seat 0');
  if (!coxed && seats.some((s) => s.seat === 0)) problems.push('Coxless event cannot list a cox');
  const seen = new Set<string>();
  for (const s of seats) {
    if (seen.has(s.memberId)) problems.push(`Member ${s.memberId} appears twice`);
    seen.add(s.memberId);
  }
  return problems;
}

export class RegattaService {
  async createEntry(regattaCode: string, dto: EntryCreateDto, submittedBy: string) {
    const seats = (dto.seats || []).slice(0, 9).map((s, i) => ({
      seat: Number.isInteger(s.seat) ? s.seat : i + 1,
      memberId: String(s.memberId),
      name: String(s.name).slice(0, 80),
    }));
    const problems = validateCrew(dto.eventCode, seats);
    if (problems.length > 0) throw new EntryValidationError(problems);
    const draft: EntryDraft = {
      regattaCode,
      eventCode: dto.eventCode,
      clubCode: dto.clubCode,
      crewName: dto.crewName || `${dto.clubCode} ${regattaEntryReference(regattaCode)}`,
      boatId: dto.boatId,
      seats,
      organiserWebhook: dto.organiserWebhook,
      returnUrl: dto.returnUrl,
      submittedBy,
    };
    return entryRepository.create(draft);
  }

  async submitEntry(entryId: string) {
    const entry = await entryRepository.setStatus(entryId, 'submitted');
    if (!entry) throw Object.assign(new Error('Entry not found'), { status: 404 });
    await agenda.now('notify-organiser', { entryId: String(entry._id), event: 'submitted' });
    return entry;
  }

  async scratchEntry(entryId: string) {
    const entry = await entryRepository.setStatus(entryId, 'scratched');
    if (entry) await agenda.now('notify-organiser', { entryId: String(entry._id), event: 'scratched' });
    return entry;
  }

  async requestExport(regattaCode: string, label: string, requestedBy: string) {
    const job = await agenda.now('export-entries', { regattaCode, label, requestedBy });
    return { jobId: String(job.attrs._id) };
  }

  listEntries(regattaCode: string, clubCode?: string) {
    return entryRepository.listForRegatta(regattaCode, clubCode);
  }

  computeHandicaps(req: HandicapRequestDto) {
    const formula = req.formula || MASTERS_CURVES.standard;
    const handicap = new Function('age', 'crewSize', `return (${formula});`); // VULN code
    return req.crews.map((c) => ({ crew: c.name, seconds: Math.round(Number(handicap(c.averageAge, c.crewSize)) * 10) / 10 }));
  }

  mastersHandicap(category: string, averageAge: number) {
    if (!Object.prototype.hasOwnProperty.call(MASTERS_CURVES, category)) {
      throw Object.assign(new Error('Unknown masters category'), { status: 400 });
    }
    const curve = new Function('age', `return ${MASTERS_CURVES[category]};`); // SAFE code
    return Math.max(0, Math.round(curve(Number(averageAge)) * 10) / 10);
  }
}

export const regattaService = new RegattaService();
