import { RegattaEntry, RegattaEntryDoc, CrewSeat } from '../models/regatta-entry.schema';

export interface EntryDraft {
  regattaCode: string;
  eventCode: string;
  clubCode: string;
  crewName: string;
  boatId?: number;
  seats: CrewSeat[];
  organiserWebhook?: string;
  returnUrl?: string;
  submittedBy: string;
}

export class EntryRepository {
  async create(draft: EntryDraft): Promise<RegattaEntryDoc> {
    return RegattaEntry.create({ ...draft, status: 'draft' });
  }

  async findById(id: string): Promise<RegattaEntryDoc | null> {
    return RegattaEntry.findById(id);
  }

  async listForRegatta(regattaCode: string, clubCode?: string) {
    const filter: Record<string, unknown> = { regattaCode: String(regattaCode) };
    if (clubCode) filter.clubCode = String(clubCode);
    return RegattaEntry.find(filter).sort({ eventCode: 1, crewName: 1 }).lean(); // SAFE nosqli
  }

  async setStatus(id: string, status: RegattaEntryDoc['status']) {
    return RegattaEntry.findByIdAndUpdate(id, { $set: { status } }, { new: true });
  }
}

export const entryRepository = new EntryRepository();
