import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

export interface FeedStatus {
  lastRunAt?: Date;
  ok?: boolean;
  imported?: number;
  message?: string;
}

@Schema({ collection: 'venue_profiles', timestamps: true })
export class VenueProfile {
  @Prop({ required: true, unique: true, index: true })
  slug!: string;

  @Prop({ required: true, index: true })
  venueId!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ index: true })
  city?: string;

  @Prop()
  address?: string;

  @Prop({ type: Number, default: 0 })
  capacity!: number;

  @Prop({ type: Number, default: 0 })
  reservedCapacity!: number;

  @Prop({ type: [String], default: [] })
  amenities!: string[];

  @Prop()
  website?: string;

  @Prop()
  contactEmail?: string;

  @Prop()
  phone?: string;

  @Prop()
  logoPath?: string;

  @Prop()
  feedUrl?: string;

  @Prop({ type: Object })
  feedStatus?: FeedStatus;

  @Prop({ required: true })
  managerPromoterId!: string;

  @Prop({ default: true })
  listed!: boolean;
}

export type VenueProfileDocument = HydratedDocument<VenueProfile>;
export const VenueProfileSchema = SchemaFactory.createForClass(VenueProfile);
