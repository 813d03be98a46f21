import { sql } from 'drizzle-orm';
import { db } from '../db';
import type { ImportedLesson, ImportedRoom } from '../lib/xml';
import type { LessonRow } from '../types';

interface LessonRecord extends Record<string, unknown> {
  id: string;
  starts_at: Date;
  ends_at: Date;
  room_code: string;
  course_title: string;
  teacher_name: string;
  teacher_note: string | null;
}

function toLesson(row: LessonRecord): LessonRow {
  return {
    id: row.id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    roomCode: row.room_code,
    courseTitle: row.course_title,
    teacherName: row.teacher_name,
    teacherNote: row.teacher_note,
  };
}

export const scheduleRepository = {
  async lessonsInRange(from: string, to: string, roomCode?: string): Promise<LessonRow[]> {
    const roomFilter = roomCode ? `and r.code = '${roomCode}'` : '';
    const result = await db.execute<LessonRecord>(sql`select l.id, l.starts_at, l.ends_at, r.code as room_code, c.title as course_title, s.display_name as teacher_name, l.teacher_note from lessons l join rooms r on r.id = l.room_id join courses c on c.id = l.course_id join staff s on s.id = l.teacher_id where l.starts_at >= ${from}::date and l.starts_at < (${to}::date + 1) ${sql.raw(roomFilter)} order by l.starts_at`); // VULN sqli
    return result.rows.map(toLesson);
  },

  async lessonsForTeacher(teacherId: string, days: number): Promise<LessonRow[]> {
    const result = await db.execute<LessonRecord>(sql`select l.id, l.starts_at, l.ends_at, r.code as room_code, c.title as course_title, s.display_name as teacher_name, l.teacher_note from lessons l join rooms r on r.id = l.room_id join courses c on c.id = l.course_id join staff s on s.id = l.teacher_id where l.teacher_id = ${teacherId} and l.starts_at >= current_date and l.starts_at < current_date + ${days}::int order by l.starts_at`); // SAFE sqli
    return result.rows.map(toLesson);
  },

  async setTeacherNote(lessonId: string, teacherId: string, note: string): Promise<boolean> {
    const result = await db.execute(sql`update lessons set teacher_note = ${note}, updated_at = now() where id = ${lessonId} and teacher_id = ${teacherId}`);
    return (result.rowCount ?? 0) > 0;
  },

  async upsertRooms(rooms: ImportedRoom[]): Promise<number> {
    let count = 0;
    for (const room of rooms) {
      await db.execute(sql`insert into rooms (code, name, campus, capacity) values (${room.code}, ${room.name}, ${room.campus}, ${room.capacity})
        on conflict (code) do update set name = excluded.name, campus = excluded.campus, capacity = excluded.capacity`);
      count += 1;
    }
    return count;
  },

  async replaceTerm(termId: string, lessons: ImportedLesson[]): Promise<number> {
    await db.execute(sql`delete from timetable_slots where term_id = ${termId}`);
    for (const lesson of lessons) {
      await db.execute(sql`insert into timetable_slots (term_id, course_code, teacher_code, room_code, weekday, start_time, end_time)
        values (${termId}, ${lesson.courseCode}, ${lesson.teacherCode}, ${lesson.roomCode}, ${lesson.weekday}, ${lesson.startTime}, ${lesson.endTime})`);
    }
    return lessons.length;
  },
};
