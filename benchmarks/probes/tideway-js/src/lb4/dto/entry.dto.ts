import { model, property, Model } from '@loopback/repository';

@model()
export class SeatDto extends Model {
  @property({ type: 'number', required: true, jsonSchema: { minimum: 0, maximum: 9 } })
  seat: number;

  @property({ type: 'string', required: true })
  memberId: string;

  @property({ type: 'string', required: true, jsonSchema: { maxLength: 80 } })
  name: string;
}

@model()
export class EntryCreateDto extends Model {
  @property({ type: 'string', required: true, jsonSchema: { pattern: '^[A-Z0-9.]{2,12}$' } })
  eventCode: string;

  @property({ type: 'string', required: true, jsonSchema: { pattern: '^[A-Z]{3,6}$' } })
  clubCode: string;

  @property({ type: 'string' })
  crewName?: string;

  @property({ type: 'number' })
  boatId?: number;

  @property.array(SeatDto)
  seats: SeatDto[];

  @property({ type: 'string', description: 'Organiser endpoint notified when the entry changes state' })
  organiserWebhook?: string;

  @property({ type: 'string', description: 'Where to send the captain after confirming on Tideway' })
  returnUrl?: string;
}

@model()
export class HandicapCrewDto extends Model {
  @property({ type: 'string', required: true })
  name: string;

  @property({ type: 'number', required: true })
  averageAge: number;

  @property({ type: 'number', required: true })
  crewSize: number;
}

@model()
export class HandicapRequestDto extends Model {
  @property({ type: 'string', description: 'Expression in age and crewSize giving seconds of allowance' })
  formula?: string;

  @property.array(HandicapCrewDto, { required: true })
  crews: HandicapCrewDto[];
}

@model()
export class BundleUploadDto extends Model {
  @property({ type: 'string', required: true })
  regattaCode: string;

  @property({ type: 'string', required: true, description: 'base64 zip archive' })
  archive: string;
}
