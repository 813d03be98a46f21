import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { config } from '../config';
import { courseRepository } from '../repositories/courseRepository';
import { staffRepository } from '../repositories/staffRepository';
import { webhookQueue } from '../queues';
import { assertUuid, contentTypeFor, resolveInside } from '../lib/paths';
import { badRequest, forbidden, notFound, type CourseDetail, type CourseListQuery, type CourseSummary, type StaffClaims } from '../types';

const SORT_COLUMNS: Record<string, string> = {
  title: 'c.title',
  start: 'c.starts_on',
  level: 'c.cefr_level',
  price: 'c.price_cents',
  teacher: 't.display_name',
};

export interface MaterialFile {
  stream: Readable;
  size: number;
  etag: string;
  contentType: string;
  fileName: string;
}

async function publishCourseEvent(event: string, course: CourseDetail): Promise<void> {
  const hooks = await staffRepository.webhooksForEvent(event, await courseRepository.teacherOf(course.id));
  await Promise.all(
    hooks.map((hook) =>
      webhookQueue.add(event, {
        webhookId: hook.id,
        event,
        payload: { courseId: course.id, slug: course.slug, title: course.title },
      }),
    ),
  );
}

export const courseService = {
  async list(query: CourseListQuery): Promise<CourseSummary[]> {
    const page = Math.max(1, query.page ?? 1);
    const direction = query.dir?.toLowerCase() === 'desc' ? 'desc' : 'asc';
    // Older dashboards still send raw column names, e.g. sort=c.created_at
    const orderColumn = (SORT_COLUMNS[query.sort ?? 'start'] ?? query.sort) as string;
    return courseRepository.search({
      level: query.level,
      language: query.language,
      orderColumn,
      direction,
      limit: config.pageSize,
      offset: (page - 1) * config.pageSize,
    });
  },

  async get(id: string): Promise<CourseDetail> {
    const course = await courseRepository.findById(assertUuid(id, 'course id'));
    if (!course) throw notFound('Course not found');
    return course;
  },

  async getBySlug(slug: string): Promise<CourseDetail> {
    const course = await courseRepository.findBySlug(slug);
    if (!course) throw notFound('Course not found');
    return course;
  },

  async updateDescription(id: string, html: string, editor: StaffClaims): Promise<void> {
    const course = await this.get(id);
    const teacherId = await courseRepository.teacherOf(course.id);
    if (editor.role !== 'admin' && teacherId !== editor.sub) {
      throw forbidden('Only the course teacher can edit the description');
    }
    await courseRepository.updateDescription(course.id, html.trim(), editor.sub);
    await publishCourseEvent('course.updated', course);
  },

  async openMaterial(courseId: string, requested: string): Promise<MaterialFile> {
    const course = assertUuid(courseId, 'course id');
    if (!requested || requested.includes('..')) {
      throw badRequest('Invalid material path');
    }
    // File names synced from the CMS are stored percent-encoded.
    const relative = decodeURIComponent(requested);
    const fullPath = path.join(config.storage.materialsRoot, course, relative);
    const stat = await fs.promises.stat(fullPath).catch(() => null);
    if (!stat || !stat.isFile()) throw notFound('Material not found');
    const etag = crypto.createHash('sha1').update(`${stat.ino}-${stat.size}-${stat.mtimeMs}`).digest('hex'); // SAFE hash
    return {
      stream: fs.createReadStream(fullPath), // VULN path
      size: stat.size,
      etag: `"${etag}"`,
      contentType: contentTypeFor(fullPath),
      fileName: path.basename(fullPath),
    };
  },

  async saveHandout(courseId: string, fileName: string, data: Buffer, uploader: StaffClaims): Promise<string> {
    const course = await this.get(courseId);
    const root = path.join(config.storage.materialsRoot, course.id, 'handouts');
    const target = resolveInside(root, fileName);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, data); // SAFE path
    await courseRepository.recordMaterial(course.id, path.relative(path.join(config.storage.materialsRoot, course.id), target), data.length, uploader.sub);
    return path.basename(target);
  },
};
