import Joi from 'joi';

export const INSPECTION_STATUSES = ['requested', 'scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export interface InspectionListQuery {
  carrierId: string;
  status?: InspectionStatus;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const listQuerySchema = Joi.object({
  status: Joi.string().valid(...INSPECTION_STATUSES),
  sort: Joi.string().max(64).default('scheduled'),
  direction: Joi.string().valid('asc', 'desc').default('asc'),
  page: Joi.number().integer().min(1).default(1),
  pageSize: Joi.number().integer().min(1).max(200).default(50),
});

export interface ReportRequestDto {
  inspectionId: string;
  title: string;
  includePhotos: boolean;
}

export const reportRequestSchema = Joi.object({
  title: Joi.string().min(1).max(160).required(),
  includePhotos: Joi.boolean().default(true),
});

export interface FieldNoteDto {
  inspectionId: string;
  authorId: string;
  body: string;
}

export interface InspectionRow {
  id: string;
  status: string;
  scheduled_for: Date | null;
  policy_number: string;
  insured_name: string;
  county: string;
  zip: string;
  risk_tier: number;
  risk_score: number | null;
}

export interface ChecklistOverrides {
  roofClass?: string;
  ventScreening?: boolean;
  zone0Clear?: boolean;
  zone1Clear?: boolean;
  gutterGuards?: boolean;
  fenceAttachment?: string;
}

export const CHECKLIST_FIELDS: ReadonlyArray<keyof ChecklistOverrides> = [
  'roofClass',
  'ventScreening',
  'zone0Clear',
  'zone1Clear',
  'gutterGuards',
  'fenceAttachment',
];
