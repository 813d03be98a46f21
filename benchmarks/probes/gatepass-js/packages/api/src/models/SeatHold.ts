import mongoose from 'mongoose';

const seatHoldSchema = new mongoose.Schema(
  {
    eventId: { type: Number, index: true, required: true },
    section: String,
    row: String,
    seat: Number,
    holderEmail: { type: String, index: true },
    status: { type: String, enum: ['held', 'released', 'converted'], default: 'held' },
    expiresAt: Date,
  },
  { timestamps: true },
);

export const SeatHold = mongoose.model('SeatHold', seatHoldSchema);
