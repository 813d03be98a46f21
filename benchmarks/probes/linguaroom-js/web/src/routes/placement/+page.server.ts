import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiRequest } from '$lib/server/api';
import { readPlacementInvite } from '$lib/server/session';

interface Question {
  id: string;
  section: 'grammar' | 'reading' | 'listening';
  prompt: string;
  options: string[];
}

interface PlacementResult {
  level: string;
  totalScore: number;
}

export const load: PageServerLoad = async ({ url, fetch }) => {
  const invite = readPlacementInvite(url.searchParams.get('invite') ?? '');
  if (!invite) {
    error(403, 'This placement link is not valid. Please contact the registrar.');
  }
  const { questionIds } = await apiRequest<{ questionIds: string[] }>(fetch, `/placement/sessions/${encodeURIComponent(invite.sessionId)}/start`, {
    method: 'POST',
    body: JSON.stringify({ accessCode: invite.accessCode }),
  });
  const questions = await apiRequest<Question[]>(fetch, `/placement/questions?ids=${questionIds.map(encodeURIComponent).join(',')}`);
  return { email: invite.email, questions };
};

export const actions: Actions = {
  default: async ({ request, url, fetch }) => {
    const invite = readPlacementInvite(url.searchParams.get('invite') ?? '');
    if (!invite) return fail(403, { error: 'Your placement link has expired.' });

    const form = await request.formData();
    const answers: Record<string, string> = {};
    const correct: Record<string, number> = { grammar: 0, reading: 0, listening: 0 };
    const totals: Record<string, number> = { grammar: 0, reading: 0, listening: 0 };
    for (const [key, value] of form.entries()) {
      if (!key.startsWith('q:')) continue;
      const [, section, questionId] = key.split(':');
      answers[questionId] = String(value);
      if (section in totals) totals[section] += 1;
    }
    const answerKey = await apiRequest<Record<string, string>>(fetch, `/placement/sessions/${encodeURIComponent(invite.sessionId)}/key`);
    for (const [questionId, choice] of Object.entries(answers)) {
      const section = String(form.get(`section:${questionId}`) ?? '');
      if (answerKey[questionId] === choice && section in correct) correct[section] += 1;
    }
    const sections = Object.fromEntries(Object.keys(totals).map((s) => [s, totals[s] ? correct[s] / totals[s] : 0]));

    const result = await apiRequest<PlacementResult>(fetch, `/placement/sessions/${encodeURIComponent(invite.sessionId)}/submissions`, {
      method: 'POST',
      body: JSON.stringify({ accessCode: invite.accessCode, studentId: invite.studentId, candidateRef: `web-${invite.studentId}`, answers, sections }),
    });
    return { done: true, level: result.level, score: result.totalScore };
  },
};
