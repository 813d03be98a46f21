import { Schema, model, type FilterQuery } from 'mongoose';

export interface PlayEventDoc {
  trackId: string;
  artistId: string;
  dsp: string;
  territory: string;
  occurredAt: Date;
  durationMs: number;
}

const playEventSchema = new Schema<PlayEventDoc>(
  { trackId: String, artistId: String, dsp: String, territory: String, occurredAt: Date, durationMs: Number },
  { collection: 'play_events', versionKey: false },
);
playEventSchema.index({ artistId: 1, occurredAt: -1 });

export const PlayEvent = model<PlayEventDoc>('PlayEvent', playEventSchema);

export async function searchEvents(filter: FilterQuery<PlayEventDoc>, limit = 200) {
  return PlayEvent.find(filter).sort({ occurredAt: -1 }).limit(limit).lean(); // VULN nosqli
}

export async function countQualifiedPlays(trackId: string, minSeconds: string): Promise<number> {
  return PlayEvent.countDocuments({ trackId, $where: `this.durationMs >= ${minSeconds} * 1000` }); // VULN nosqli
}
