import { ObjectId, type Filter } from 'mongodb';
import { mongo } from '../db';
import type { PlacementResult, PlacementSession } from '../types';

export interface ResultSearch {
  level?: string;
  minScore?: unknown;
  sessionId?: string;
}

export interface SubmissionDocument {
  _id?: ObjectId;
  sessionId: string;
  studentId: string;
  candidateRef: string;
  answers: Record<string, string>;
  sections: Record<string, number>;
  recording?: { storedName: string; durationSeconds?: number; transcoded?: boolean };
  submittedAt: Date;
}

async function results() {
  return (await mongo()).collection<PlacementResult>('placement_results');
}

async function sessions() {
  return (await mongo()).collection<PlacementSession>('placement_sessions');
}

async function submissions() {
  return (await mongo()).collection<SubmissionDocument>('placement_submissions');
}

export const placementRepository = {
  async searchResults(search: ResultSearch): Promise<PlacementResult[]> {
    const query: Filter<PlacementResult> = {};
    if (search.level) query.level = search.level as PlacementResult['level'];
    if (search.sessionId) query.sessionId = String(search.sessionId);
    if (search.minScore !== undefined && search.minScore !== '') {
      query.$where = `this.totalScore >= ${search.minScore}`;
    }
    const collection = await results();
    return collection.find(query).sort({ takenAt: -1 }).limit(500).toArray(); // VULN nosqli
  },

  async resultsForStudent(studentId: string): Promise<PlacementResult[]> {
    const collection = await results();
    return collection.find({ studentId: String(studentId) }).sort({ takenAt: -1 }).toArray(); // SAFE nosqli
  },

  async saveResult(result: PlacementResult): Promise<void> {
    const collection = await results();
    await collection.updateOne(
      { studentId: result.studentId, sessionId: result.sessionId },
      { $set: result },
      { upsert: true },
    );
  },

  async createSession(session: PlacementSession): Promise<void> {
    const collection = await sessions();
    await collection.insertOne(session);
  },

  async findSession(id: string): Promise<PlacementSession | null> {
    const collection = await sessions();
    return collection.findOne({ id: String(id) });
  },

  async attachAnswerSheet(id: string, sheetXml: string): Promise<void> {
    const collection = await sessions();
    await collection.updateOne({ id: String(id) }, { $set: { answerSheetXml: sheetXml } });
  },

  async findSubmission(id: string): Promise<SubmissionDocument | null> {
    if (!ObjectId.isValid(id)) return null;
    const collection = await submissions();
    return collection.findOne({ _id: new ObjectId(id) });
  },

  async insertSubmission(doc: SubmissionDocument): Promise<string> {
    const collection = await submissions();
    const { insertedId } = await collection.insertOne(doc);
    return insertedId.toHexString();
  },

  async updateRecording(id: string, recording: SubmissionDocument['recording']): Promise<void> {
    const collection = await submissions();
    await collection.updateOne({ _id: new ObjectId(id) }, { $set: { recording } });
  },
};
