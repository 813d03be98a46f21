export type StaffRole = 'admin' | 'teacher' | 'payroll' | 'registrar';
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

export class HttpError extends Error {
  constructor(public readonly statusCode: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);
export const forbidden = (message: string) => new HttpError(403, message);

export interface StaffClaims {
  sub: string;
  email: string;
  name: string;
  role: StaffRole;
}

export interface KioskClaims {
  teacherId: string;
  kioskId: string;
  campus: string;
  exp?: number;
}

export interface StaffRecord {
  id: string;
  email: string;
  display_name: string;
  role: StaffRole;
  password_hash: string | null;
  password_salt: string | null;
  active: boolean;
}

export interface CourseListQuery {
  level?: CefrLevel;
  language?: string;
  sort?: string;
  dir?: string;
  page?: number;
}

export interface CourseSummary {
  id: string;
  slug: string;
  title: string;
  language: string;
  cefr_level: CefrLevel;
  starts_on: string;
  price_cents: number;
  teacher_name: string | null;
}

export interface CourseDetail extends CourseSummary {
  description_html: string | null;
  notice_html: string | null;
  seats_total: number;
  seats_taken: number;
}

export interface ScheduleQuery {
  room?: string;
  from: string;
  to: string;
}

export interface LessonRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  roomCode: string;
  courseTitle: string;
  teacherName: string;
  teacherNote: string | null;
}

export interface ExportColumn {
  header: string;
  expr: string;
}

export type ExportFormat = 'csv' | 'pdf' | 'xlsx';

export interface PayrollExportRequest {
  month: string;
  format: ExportFormat;
  fileName: string;
  costCenter?: string;
  columns?: ExportColumn[];
}

export interface PayrollExportJob extends PayrollExportRequest {
  requestedBy: string;
  requestedAt: string;
}

export interface TeacherHoursRow {
  teacher_id: string;
  teacher_name: string;
  employee_ref: string;
  cost_center: string;
  hourly_rate_cents: number;
  lessons: number;
  minutes: number;
}

export interface PayRule {
  id: string;
  name: string;
  formula: string;
  active: boolean;
}

export interface WebhookDeliveryJob {
  webhookId: string;
  event: string;
  payload: Record<string, unknown>;
}

export interface RecordingJob {
  submissionId: string;
  storedName: string;
  uploadedAt: string;
}

export interface PlacementResult {
  studentId: string;
  sessionId: string;
  level: CefrLevel;
  totalScore: number;
  sections: Record<string, number>;
  takenAt: Date;
}

export interface PlacementSession {
  id: string;
  title: string;
  accessCode: string;
  startsAt: Date;
  questionIds: string[];
  answerSheetXml?: string;
}

export interface DirectoryPerson {
  uid: string;
  name: string;
  mail: string;
  title?: string;
  phone?: string;
}
