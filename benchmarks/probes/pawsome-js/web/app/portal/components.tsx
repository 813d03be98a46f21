'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import DOMPurify from 'isomorphic-dompurify';
import { addOwnerComment } from './actions';

export interface VisitNote {
  id: number;
  authorKind: 'vet' | 'owner';
  authorName: string;
  bodyHtml: string;
  createdAt: string;
}

export interface LabResultView {
  accession: string;
  panel: string;
  status: 'pending' | 'final' | 'amended';
  labName: string;
  vetCommentHtml: string;
  values: Array<{ analyte: string; value: string; unit: string; flag?: 'H' | 'L' }>;
}

export function VisitNotesThread({ visitId, notes }: { visitId: number; notes: VisitNote[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  return (
    <section className="visit-notes">
      <h2>Visit notes</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id} className={note.authorKind === 'vet' ? 'note note--vet' : 'note note--owner'}>
            <header>
              <strong>{note.authorName}</strong> · <time dateTime={note.createdAt}>{new Date(note.createdAt).toLocaleString()}</time>
            </header>
            <div className="note-body" dangerouslySetInnerHTML={{ __html: note.bodyHtml }} />{/* VULN xss */}
          </li>
        ))}
      </ul>
      <form
        action={(formData) =>
          startTransition(async () => {
            const result = await addOwnerComment(formData);
            setError(result.ok ? null : result.message ?? 'Something went wrong');
          })
        }
      >
        <input type="hidden" name="visitId" value={visitId} />
        <textarea name="comment" rows={3} placeholder="Add a question or update for your vet" />
        <button type="submit" disabled={pending}>{pending ? 'Sending…' : 'Send'}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}

export function LabResultPanel({ result, highlight }: { result: LabResultView; highlight: string }) {
  const bannerRef = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(result.status !== 'final');

  useEffect(() => {
    if (bannerRef.current && highlight) {
      bannerRef.current.innerHTML = `Showing results matching <mark>${highlight}</mark>`; // VULN xss
    }
  }, [highlight]);

  const flagged = result.values.filter((v) => v.flag);

  return (
    <article className="lab-result">
      <h3>
        {result.panel} <small>#{result.accession} · {result.labName}</small>
      </h3>
      <p ref={bannerRef} className="lab-result__banner" />
      {flagged.length > 0 && <p className="lab-result__flags">{flagged.length} value(s) outside the reference range</p>}
      <button type="button" onClick={() => setExpanded((e) => !e)}>{expanded ? 'Hide values' : 'Show values'}</button>
      {expanded && (
        <table>
          <tbody>
            {result.values.map((v) => (
              <tr key={v.analyte} className={v.flag ? 'flagged' : undefined}>
                <td>{v.analyte}</td>
                <td>{v.value}</td>
                <td>{v.unit}</td>
                <td>{v.flag ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="lab-result__comment" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(result.vetCommentHtml) }} />{/* SAFE xss */}
    </article>
  );
}
