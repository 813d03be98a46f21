import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

@Schema({ collection: 'guest_list_entries', timestamps: true })
export class GuestListEntry {
  @Prop({ required: true, index: true })
  eventId!: string;

  @Prop({ required: true })
  guestName!: string;

  /** Six-character code sent to the guest by the promoter. */
  @Prop({ required: true })
  accessCode!: string;

  @Prop({ type: Number, default: 1 })
  partySize!: number;

  @Prop()
  addedBy?: string;

  @Prop({ type: Date, default: null })
  checkedInAt!: Date | null;

  @Prop()
  checkedInGate?: string;
}

export type GuestListEntryDocument = HydratedDocument<GuestListEntry>;
export const GuestListEntrySchema = SchemaFactory.createForClass(GuestListEntry);
GuestListEntrySchema.index({ eventId: 1, accessCode: 1 }, { unique: true });
