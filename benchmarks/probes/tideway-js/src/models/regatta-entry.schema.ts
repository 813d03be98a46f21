import { mongoose } from '../db';

export interface CrewSeat {
  seat: number;
  memberId: string;
  name: string;
}

export interface RegattaEntryDoc extends mongoose.Document {
  regattaCode: string;
  eventCode: string;
  clubCode: string;
  crewName: string;
  boatId: number;
  seats: CrewSeat[];
  status: 'draft' | 'submitted' | 'accepted' | 'scratched';
  organiserWebhook?: string;
  returnUrl?: string;
  handicapFormula?: string;
  submittedBy: string;
}

const seatSchema = new mongoose.Schema(
  {
    seat: { type: Number, min: 0, max: 9 },
    memberId: String,
    name: String,
  },
  { _id: false }
);

const entrySchema = new mongoose.Schema(
  {
    regattaCode: { type: String, required: true, index: true },
    eventCode: { type: String, required: true },
    clubCode: { type: String, required: true },
    crewName: { type: String, required: true },
    boatId: { type: Number },
    seats: [seatSchema],
    status: { type: String, default: 'draft' },
    organiserWebhook: { type: String },
    returnUrl: { type: String },
    handicapFormula: { type: String },
    submittedBy: { type: String },
  },
  { timestamps: true }
);

export const RegattaEntry =
  (mongoose.models.RegattaEntry as mongoose.Model<RegattaEntryDoc>) ||
  mongoose.model<RegattaEntryDoc>('RegattaEntry', entrySchema);
