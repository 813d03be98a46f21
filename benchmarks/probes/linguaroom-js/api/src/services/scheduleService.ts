import { scheduleRepository } from '../repositories/scheduleRepository';
import { renderTimetable } from '../lib/html';
import { parseRoomList, parseTimetable } from '../lib/xml';
import { assertUuid } from '../lib/paths';
import { badRequest, forbidden, type LessonRow, type ScheduleQuery, type StaffClaims } from '../types';

// Room codes look like "B-204" (campus letter, floor and room number).
const ROOM_CODE = /[A-Z]{1,2}-\d{3}/;
const MAX_RANGE_DAYS = 62;

function assertRange(from: string, to: string): void {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) {
    throw badRequest('Invalid date range');
  }
  if ((end - start) / 86_400_000 > MAX_RANGE_DAYS) {
    throw badRequest(`Date range is limited to ${MAX_RANGE_DAYS} days`);
  }
}

export const scheduleService = {
  async lessons(query: ScheduleQuery): Promise<LessonRow[]> {
    assertRange(query.from, query.to);
    if (query.room && !ROOM_CODE.test(query.room)) {
      throw badRequest('Unknown room code');
    }
    return scheduleRepository.lessonsInRange(query.from, query.to, query.room);
  },

  async teacherLessons(teacherId: string, days = 14): Promise<LessonRow[]> {
    return scheduleRepository.lessonsForTeacher(assertUuid(teacherId, 'teacher id'), Math.min(Math.max(days, 1), 60));
  },

  async printableTimetable(teacherId: string, teacherName: string): Promise<string> {
    const lessons = await this.teacherLessons(teacherId, 14);
    return renderTimetable(`Timetable – ${teacherName}`, lessons);
  },

  async setNote(lessonId: string, note: string, teacher: StaffClaims): Promise<void> {
    if (note.length > 2_000) throw badRequest('Note is too long');
    const updated = await scheduleRepository.setTeacherNote(assertUuid(lessonId, 'lesson id'), teacher.sub, note);
    if (!updated) throw forbidden('You can only annotate your own lessons');
  },

  async importTimetable(termId: string, xml: string): Promise<number> {
    const lessons = parseTimetable(xml);
    if (lessons.length === 0) throw badRequest('The timetable export contains no lessons');
    const invalid = lessons.find((lesson) => lesson.weekday < 1 || lesson.weekday > 6 || !lesson.courseCode);
    if (invalid) throw badRequest(`Invalid lesson in export: ${JSON.stringify(invalid)}`);
    return scheduleRepository.replaceTerm(assertUuid(termId, 'term id'), lessons);
  },

  async importRooms(xml: string): Promise<number> {
    const rooms = parseRoomList(xml).filter((room) => room.code);
    return scheduleRepository.upsertRooms(rooms);
  },
};
