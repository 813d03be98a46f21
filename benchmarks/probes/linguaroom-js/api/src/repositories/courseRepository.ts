import { knex } from '../db';
import type { CefrLevel, CourseDetail, CourseSummary } from '../types';

export interface CourseSearch {
  level?: CefrLevel;
  language?: string;
  orderColumn: string;
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SUMMARY_COLUMNS = `c.id, c.slug, c.title, c.language, c.cefr_level, c.starts_on, c.price_cents,
  t.display_name as teacher_name`;

export const courseRepository = {
  async search(params: CourseSearch): Promise<CourseSummary[]> {
    const filters: string[] = ['c.archived_at is null', 'c.published = true'];
    const bindings: Array<string | number> = [];
    if (params.level) {
      filters.push('c.cefr_level = ?');
      bindings.push(params.level);
    }
    if (params.language) {
      filters.push('lower(c.language) = lower(?)');
      bindings.push(params.language);
    }
    const statement = `select ${SUMMARY_COLUMNS}
      from courses c
      left join staff t on t.id = c.teacher_id
      where ${filters.join(' and ')}
      order by ${params.orderColumn} ${params.direction}, c.id
      limit ? offset ?`;
    const result = await knex.raw(statement, [...bindings, params.limit, params.offset]); // VULN sqli
    return result.rows as CourseSummary[];
  },

  async findById(id: string): Promise<CourseDetail | null> {
    const result = await knex.raw(`select ${SUMMARY_COLUMNS}, c.description_html, c.notice_html, c.seats_total, (select count(*) from enrolments e where e.course_id = c.id and e.cancelled_at is null)::int as seats_taken from courses c left join staff t on t.id = c.teacher_id where c.id = ? and c.archived_at is null`, [id]); // SAFE sqli
    return (result.rows[0] as CourseDetail | undefined) ?? null;
  },

  async findBySlug(slug: string): Promise<CourseDetail | null> {
    const row = await knex('courses as c')
      .leftJoin('staff as t', 't.id', 'c.teacher_id')
      .select('c.*', 't.display_name as teacher_name')
      .where({ 'c.slug': slug, 'c.published': true })
      .whereNull('c.archived_at')
      .first();
    return (row as CourseDetail | undefined) ?? null;
  },

  async teacherOf(courseId: string): Promise<string | null> {
    const row = await knex('courses').select('teacher_id').where({ id: courseId }).first();
    return row?.teacher_id ?? null;
  },

  async updateDescription(courseId: string, html: string, editorId: string): Promise<number> {
    return knex('courses').where({ id: courseId }).update({
      description_html: html,
      updated_by: editorId,
      updated_at: knex.fn.now(),
    });
  },

  async recordMaterial(courseId: string, fileName: string, sizeBytes: number, uploadedBy: string): Promise<void> {
    await knex('course_materials')
      .insert({ course_id: courseId, file_name: fileName, size_bytes: sizeBytes, uploaded_by: uploadedBy })
      .onConflict(['course_id', 'file_name'])
      .merge({ size_bytes: sizeBytes, uploaded_by: uploadedBy, updated_at: knex.fn.now() });
  },
};
