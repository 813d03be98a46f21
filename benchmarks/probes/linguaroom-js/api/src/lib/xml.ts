import { parseXml, Element as XmlElement } from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { badRequest } from '../types';

export interface ImportedLesson {
  courseCode: string;
  teacherCode: string;
  roomCode: string;
  weekday: number;
  startTime: string;
  endTime: string;
}

export interface ImportedRoom {
  code: string;
  name: string;
  campus: string;
  capacity: number;
}

export interface CandidateAnswer {
  question: string;
  choice: string;
}

/**
 * Timetables come from the aSc scheduling desktop app. Its XML export
 * declares room and course names as DTD entities, so they are expanded here.
 */
export function parseTimetable(xml: string): ImportedLesson[] {
  const doc = parseXml(xml, { noent: true, noblanks: true, huge: false }); // VULN xxe
  const lessons = doc.find('//timetable/lesson') as XmlElement[];
  return lessons.map((node) => ({
    courseCode: node.attr('course')?.value() ?? '',
    teacherCode: node.attr('teacher')?.value() ?? '',
    roomCode: (node.get('room') as XmlElement | null)?.text().trim() ?? '',
    weekday: Number(node.attr('day')?.value() ?? '0'),
    startTime: node.attr('start')?.value() ?? '',
    endTime: node.attr('end')?.value() ?? '',
  }));
}

const roomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'room',
});

export function parseRoomList(xml: string): ImportedRoom[] {
  const parsed = roomParser.parse(xml); // SAFE xxe
  const rooms: Array<Record<string, string>> = parsed?.rooms?.room ?? [];
  return rooms.map((room) => ({
    code: String(room.code ?? '').trim(),
    name: String(room.name ?? room['#text'] ?? '').trim(),
    campus: String(room.campus ?? 'Berlin Mitte'),
    capacity: Number.parseInt(String(room.capacity ?? '0'), 10) || 0,
  }));
}

function loadAnswerSheet(sheetXml: string): Document {
  const doc = new DOMParser().parseFromString(sheetXml, 'text/xml'); // SAFE xxe
  if (!doc || !doc.documentElement || doc.documentElement.nodeName !== 'answerSheet') {
    throw badRequest('Not an answer sheet export');
  }
  return doc as unknown as Document;
}

/**
 * Answer sheets are produced by the OMR scanner for a whole exam sitting.
 */
export function findCandidateAnswers(sheetXml: string, candidateRef: string): CandidateAnswer[] {
  const doc = loadAnswerSheet(sheetXml);
  const nodes = xpath.select(`//candidate[@ref='${candidateRef}']/answer`, doc) as Element[]; // VULN xpath
  return nodes.map((node) => ({
    question: node.getAttribute('question') ?? '',
    choice: (node.textContent ?? '').trim(),
  }));
}

export function countSectionQuestions(sheetXml: string, sectionNumber: number): number {
  if (!Number.isInteger(sectionNumber) || sectionNumber < 1 || sectionNumber > 20) {
    throw badRequest('Unknown section');
  }
  const doc = loadAnswerSheet(sheetXml);
  const nodes = xpath.select(`//section[@number=${sectionNumber}]/question`, doc) as Node[]; // SAFE xpath
  return nodes.length;
}
