import crypto from 'node:crypto';
import fs from 'node:fs';
import { config } from '../config';
import { recordingQueue } from '../queues';
import { placementRepository, type ResultSearch } from '../repositories/placementRepository';
import { evaluateRubric } from '../lib/formula';
import { renderCertificate, renderReportCard } from '../lib/html';
import { isSupportedRecordingName } from '../lib/media';
import { resolveInside } from '../lib/paths';
import { examAccessCode, shuffle } from '../lib/tokens';
import { countSectionQuestions, findCandidateAnswers, type CandidateAnswer } from '../lib/xml';
import { badRequest, forbidden, notFound, type CefrLevel, type PlacementResult, type PlacementSession } from '../types';

const DEFAULT_RUBRIC = '(grammar * 0.4 + reading * 0.3 + listening * 0.3) * 100';

const LEVEL_THRESHOLDS: Array<[number, CefrLevel]> = [
  [85, 'C2'],
  [72, 'C1'],
  [58, 'B2'],
  [44, 'B1'],
  [28, 'A2'],
  [0, 'A1'],
];

function levelFor(score: number): CefrLevel {
  return LEVEL_THRESHOLDS.find(([threshold]) => score >= threshold)?.[1] ?? 'A1';
}

function sameCode(a: string, b: string): boolean {
  const left = Buffer.from(a.toUpperCase());
  const right = Buffer.from(b.toUpperCase());
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

async function sessionWithCode(sessionId: string, accessCode: string): Promise<PlacementSession> {
  const session = await placementRepository.findSession(sessionId);
  if (!session) throw notFound('Exam session not found');
  if (!sameCode(session.accessCode, String(accessCode))) throw forbidden('Wrong access code');
  return session;
}

export const placementService = {
  async createSession(title: string, startsAt: Date, questionIds: string[]): Promise<PlacementSession> {
    const session: PlacementSession = {
      id: crypto.randomUUID(),
      title,
      startsAt,
      questionIds,
      accessCode: examAccessCode(),
    };
    await placementRepository.createSession(session);
    return session;
  },

  async startAttempt(sessionId: string, accessCode: string): Promise<{ questionIds: string[] }> {
    const session = await sessionWithCode(sessionId, accessCode);
    return { questionIds: shuffle(session.questionIds) };
  },

  async submit(sessionId: string, accessCode: string, studentId: string, candidateRef: string, answers: Record<string, string>, sections: Record<string, number>): Promise<PlacementResult> {
    const session = await sessionWithCode(sessionId, accessCode);
    await placementRepository.insertSubmission({ sessionId: session.id, studentId, candidateRef, answers, sections, submittedAt: new Date() });
    const totalScore = Math.round(evaluateRubric(DEFAULT_RUBRIC, sections));
    const result: PlacementResult = { studentId, sessionId: session.id, level: levelFor(totalScore), totalScore, sections, takenAt: new Date() };
    await placementRepository.saveResult(result);
    return result;
  },

  async previewScore(submissionId: string, rubric: string | undefined): Promise<{ score: number; level: CefrLevel }> {
    const submission = await placementRepository.findSubmission(submissionId);
    if (!submission) throw notFound('Submission not found');
    const score = evaluateRubric(rubric?.trim() || DEFAULT_RUBRIC, submission.sections);
    return { score, level: levelFor(score) };
  },

  async searchResults(search: ResultSearch): Promise<PlacementResult[]> {
    return placementRepository.searchResults(search);
  },

  async resultsForStudent(studentId: string): Promise<PlacementResult[]> {
    return placementRepository.resultsForStudent(studentId);
  },

  async certificate(studentId: string, studentName: string, language: string, footerNote?: string): Promise<string> {
    const [latest] = await placementRepository.resultsForStudent(studentId);
    if (!latest) throw notFound('No placement result for this student');
    return renderCertificate(
      {
        language,
        studentName,
        takenOn: latest.takenAt.toISOString().slice(0, 10),
        level: latest.level,
        sections: latest.sections,
      },
      footerNote,
    );
  },

  async summaryHtml(studentId: string, studentName: string, registrarName: string): Promise<string> {
    const history = await placementRepository.resultsForStudent(studentId);
    if (history.length === 0) throw notFound('No placement result for this student');
    const latest = history[0];
    return renderReportCard({
      studentName,
      courseTitle: 'Placement test summary',
      attendancePercent: 100,
      comment: `Placed at ${latest.level} with ${latest.totalScore} points (${history.length} attempt(s)).`,
      teacherName: registrarName,
      issuedOn: new Date().toISOString().slice(0, 10),
    });
  },

  async storeRecording(submissionId: string, originalName: string, data: Buffer): Promise<string> {
    const submission = await placementRepository.findSubmission(submissionId);
    if (!submission) throw notFound('Submission not found');
    if (!isSupportedRecordingName(originalName)) {
      throw badRequest('Please upload the speaking test as .webm, .ogg, .m4a or .mp3');
    }
    const storedName = `${submissionId}-${originalName}`;
    const target = resolveInside(config.storage.recordingsRoot, storedName);
    await fs.promises.writeFile(target, data); // SAFE path
    await placementRepository.updateRecording(submissionId, { storedName });
    await recordingQueue.add('process', { submissionId, storedName, uploadedAt: new Date().toISOString() });
    return storedName;
  },

  async attachAnswerSheet(sessionId: string, sheetXml: string): Promise<void> {
    const session = await placementRepository.findSession(sessionId);
    if (!session) throw notFound('Exam session not found');
    await placementRepository.attachAnswerSheet(session.id, sheetXml);
  },

  async candidateAnswers(sessionId: string, accessCode: string, candidateRef: string): Promise<CandidateAnswer[]> {
    const session = await sessionWithCode(sessionId, accessCode);
    if (!session.answerSheetXml) throw notFound('Answer sheets have not been scanned yet');
    return findCandidateAnswers(session.answerSheetXml, candidateRef);
  },

  async sectionQuestionCount(sessionId: string, section: number): Promise<number> {
    const session = await placementRepository.findSession(sessionId);
    if (!session?.answerSheetXml) throw notFound('Answer sheets have not been scanned yet');
    return countSectionQuestions(session.answerSheetXml, section);
  },
};
