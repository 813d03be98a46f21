import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Schema as MongooseSchema } from 'mongoose';

export type CrewRank = 'master' | 'chief_officer' | 'officer' | 'engineer' | 'bosun' | 'ab' | 'steward' | 'purser';

@Schema({ _id: false })
export class Certificate {
  @Prop({ required: true })
  kind!: string;

  @Prop({ required: true })
  number!: string;

  @Prop({ required: true })
  expiresOn!: Date;

  @Prop()
  fileName?: string;
}

@Schema({ collection: 'crew_members', timestamps: true })
export class CrewMember {
  @Prop({ required: true, unique: true, index: true })
  crewId!: string;

  @Prop({ required: true })
  fullName!: string;

  @Prop({ required: true, lowercase: true })
  email!: string;

  @Prop({ required: true })
  rank!: CrewRank;

  @Prop({ required: true })
  homePort!: string;

  @Prop({ type: [SchemaFactory.createForClass(Certificate)], default: [] })
  certificates!: Certificate[];

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  preferences!: Record<string, unknown>;
}

export type CrewMemberDocument = HydratedDocument<CrewMember>;
export const CrewMemberSchema = SchemaFactory.createForClass(CrewMember);


export type ShiftStatus = 'planned' | 'confirmed' | 'swap_requested' | 'swapped' | 'sick' | 'completed';

@Schema({ collection: 'roster_shifts', timestamps: true })
export class RosterShift {
  @Prop({ required: true, index: true })
  crewId!: string;

  @Prop({ required: true, index: true })
  vesselCode!: string;

  @Prop({ required: true })
  role!: string;

  @Prop({ required: true })
  start!: Date;

  @Prop({ required: true })
  end!: Date;

  @Prop({ default: 'planned' })
  status!: ShiftStatus;

  @Prop()
  swapNote?: string;
}

export type RosterShiftDocument = HydratedDocument<RosterShift>;
export const RosterShiftSchema = SchemaFactory.createForClass(RosterShift);


@Schema({ collection: 'crew_notices', timestamps: true })
export class CrewNotice {
  @Prop({ required: true, unique: true })
  slug!: string;

  @Prop({ required: true })
  title!: string;

  /** Rich text from the purser's editor, shown on the crew portal. */
  @Prop({ required: true })
  bodyHtml!: string;

  /** Short plain summary used in lists and push notifications. */
  @Prop({ required: true })
  summary!: string;

  /** Footer block appended to printed / e-mailed notices. */
  @Prop()
  footerHtml?: string;

  /** Message template for the notifier (SMS / e-mail variant). */
  @Prop()
  messageTemplate?: string;

  @Prop({ type: [String], default: [] })
  vessels!: string[];

  @Prop({ required: true })
  publishedBy!: string;
}

export type CrewNoticeDocument = HydratedDocument<CrewNotice>;
export const CrewNoticeSchema = SchemaFactory.createForClass(CrewNotice);
