import ejs from 'ejs';
import type { LessonRow } from '../types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function formatTime(date: Date): string {
  return date.toISOString().slice(11, 16);
}

function formatDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' });
}

const PRINT_STYLES = `
  body { font-family: "Source Sans Pro", Arial, sans-serif; margin: 2rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: .4rem .6rem; text-align: left; }
  td.note { font-style: italic; color: #444; }
  h2 { margin-top: 2rem; }
`;

export function renderTimetable(title: string, lessons: LessonRow[]): string {
  const byDay = new Map<string, LessonRow[]>();
  for (const lesson of lessons) {
    const day = formatDay(lesson.startsAt);
    const bucket = byDay.get(day) ?? [];
    bucket.push(lesson);
    byDay.set(day, bucket);
  }

  const sections: string[] = [];
  for (const [day, rows] of byDay) {
    const body = rows
      .map((lesson) =>
        [
          '<tr>',
          `<td>${formatTime(lesson.startsAt)}–${formatTime(lesson.endsAt)}</td>`,
          `<td>${escapeHtml(lesson.roomCode)}</td>`, // SAFE xss
          `<td>${escapeHtml(lesson.courseTitle)}</td>`,
          `<td class="note">${lesson.teacherNote ?? ''}</td>`, // VULN xss
          '</tr>',
        ].join(''),
      )
      .join('\n');
    sections.push(`<h2>${escapeHtml(day)}</h2>\n<table><thead><tr><th>Time</th><th>Room</th><th>Course</th><th>Note</th></tr></thead><tbody>\n${body}\n</tbody></table>`);
  }

  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_STYLES}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.join('\n') || '<p>No lessons scheduled in this period.</p>'}
</body>
</html>`;
}

const CERTIFICATE_TEMPLATE = `<!doctype html>
<html lang="<%= language %>">
<head><meta charset="utf-8"><title>Placement certificate</title></head>
<body class="certificate">
  <img src="/static/linguaroom-logo.svg" alt="Linguaroom" width="180">
  <h1>Placement certificate</h1>
  <p>This certifies that <strong><%= studentName %></strong> sat the Linguaroom placement test
     on <%= takenOn %> and was placed at level <strong><%= level %></strong>.</p>
  <table>
  <% for (const [section, score] of Object.entries(sections)) { %>
    <tr><th><%= section %></th><td><%= score %></td></tr>
  <% } %>
  </table>
  <footer>__FOOTER__</footer>
</body>
</html>`;

const REPORT_CARD_TEMPLATE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Report card – <%= studentName %></title></head>
<body>
  <h1><%= courseTitle %></h1>
  <p>Student: <%= studentName %> · Attendance: <%= attendancePercent %>%</p>
  <h2>Teacher comment</h2>
  <blockquote><%= comment %></blockquote>
  <p class="signature"><%= teacherName %>, <%= issuedOn %></p>
</body>
</html>`;

export interface CertificateData {
  language: string;
  studentName: string;
  takenOn: string;
  level: string;
  sections: Record<string, number>;
}

export interface ReportCardData {
  studentName: string;
  courseTitle: string;
  attendancePercent: number;
  comment: string;
  teacherName: string;
  issuedOn: string;
}

export function renderCertificate(data: CertificateData, footerNote?: string): string {
  const source = CERTIFICATE_TEMPLATE.replace('__FOOTER__', footerNote ?? 'Linguaroom Language School · Berlin · Munich');
  return ejs.render(source, data); // VULN ssti
}

export function renderReportCard(data: ReportCardData): string {
  return ejs.render(REPORT_CARD_TEMPLATE, data); // SAFE ssti
}
