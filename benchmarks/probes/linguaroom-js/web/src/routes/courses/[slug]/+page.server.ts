import sanitizeHtml from 'sanitize-html';
import type { PageServerLoad } from './$types';
import { apiRequest } from '$lib/server/api';

interface CourseDetail {
  id: string;
  slug: string;
  title: string;
  language: string;
  cefr_level: string;
  starts_on: string;
  price_cents: number;
  teacher_name: string | null;
  description_html: string | null;
  notice_html: string | null;
  seats_total: number;
  seats_taken: number;
}

const NOTICE_POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['https', 'mailto'],
};

export const load: PageServerLoad = async ({ params, fetch, setHeaders }) => {
  const course = await apiRequest<CourseDetail>(fetch, `/courses/by-slug/${encodeURIComponent(params.slug)}`);
  setHeaders({ 'Cache-Control': 'public, max-age=300' });

  return {
    course: {
      id: course.id,
      slug: course.slug,
      title: course.title,
      language: course.language,
      level: course.cefr_level,
      startsOn: course.starts_on,
      price: (course.price_cents / 100).toLocaleString('de-DE', { style: 'currency', currency: 'EUR' }),
      teacher: course.teacher_name,
      descriptionHtml: course.description_html ?? '',
      seatsLeft: Math.max(0, course.seats_total - course.seats_taken),
    },
    notice: course.notice_html ? sanitizeHtml(course.notice_html, NOTICE_POLICY) : '',
  };
};
