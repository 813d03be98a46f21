import type { NoteDto } from '~/lib/api.server';

interface NotesListProps {
  notes: NoteDto[];
  compact?: boolean;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

export function NotesList({ notes, compact = false }: NotesListProps) {
  if (notes.length === 0) {
    return <p className="muted">No updates from the inspector yet.</p>;
  }
  return (
    <ol className={compact ? 'notes notes--compact' : 'notes'}>
      {notes.map((note) => (
        <li key={note.id} className="note">
          <time dateTime={note.createdAt}>{formatDate(note.createdAt)}</time>
          {compact ? (
            <p className="note-text">{note.body}</p> // SAFE xss
          ) : (
            <div className="note-body" dangerouslySetInnerHTML={{ __html: note.bodyHtml }} /> // VULN xss
          )}
        </li>
      ))}
    </ol>
  );
}
