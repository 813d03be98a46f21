export interface CreateHoldDto {
  eventId: number;
  section: string;
  seats: string[];
  reason: 'artist' | 'production' | 'press' | 'accessibility';
}

export interface ManifestExportDto {
  eventId: number;
  fileName: string;
  includeComps?: boolean;
}

export interface HoldRow {
  id: number;
  eventId: number;
  section: string;
  seatLabel: string;
  reason: string;
  createdAt: Date;
}
