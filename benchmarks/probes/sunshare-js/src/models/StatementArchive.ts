import mongoose, { Schema, model, models, type InferSchemaType } from 'mongoose';
import { config } from '@/lib/config';

const statementSchema = new Schema(
  {
    memberId: { type: Number, required: true, index: true },
    period: { type: String, required: true }, // YYYY-MM
    kwhProduced: { type: Number, required: true },
    creditCents: { type: Number, required: true },
    installerNote: { type: String, default: '' },
    pdfFile: { type: String },
    shareCode: { type: String, index: true }, // lets a co-signer open one statement without an account
    emailedAt: { type: Date },
  },
  { timestamps: true, collection: 'statements' },
);

statementSchema.index({ memberId: 1, period: -1 }, { unique: true });

export type StatementDoc = InferSchemaType<typeof statementSchema> & { _id: mongoose.Types.ObjectId };

export const StatementArchive = models.StatementArchive || model('StatementArchive', statementSchema);

let connecting: Promise<typeof mongoose> | null = null;

export function connectArchive(): Promise<typeof mongoose> {
  if (!connecting) {
    connecting = mongoose.connect(config.mongoUrl, { serverSelectionTimeoutMS: 4000 });
  }
  return connecting;
}
