import { IsString, Matches, MaxLength } from 'class-validator';

export class ScanTicketDto {
  @IsString()
  @MaxLength(2048)
  token!: string;

  @Matches(/^[A-Z0-9-]{1,16}$/)
  gate!: string;
}

/** Sent by the self check-in kiosks at the guest-list desk. */
export interface GuestCheckInRequest {
  eventId: string;
  accessCode: string;
  gate?: string;
}

export type ScanResult =
  | { admitted: true; holderName: string; tier: string; seat: string | null }
  | { admitted: false; reason: 'unknown_ticket' | 'wrong_event' | 'already_scanned'; scannedAt?: string; gate?: string | null };
