'use client';

import { useState } from 'react';
import { escapeHtml } from '@/lib/html';

interface Props {
  note: string;
  installerName: string;
  installerWebsite: string;
}

function formatNote(note: string): string {
  // keep the installer's line breaks but nothing else
  return escapeHtml(note).replace(/\r?\n/g, '<br/>');
}

export default function StatementNote({ note, installerName, installerWebsite }: Props) {
  const [expanded, setExpanded] = useState(false);
  const signature = `— <a href="${escapeHtml(installerWebsite)}" target="_blank" rel="noopener">${escapeHtml(installerName)}</a>`;

  return (
    <aside className={expanded ? 'note note--open' : 'note'}>
      <div className="note__body" dangerouslySetInnerHTML={{ __html: formatNote(note) }} /> {/* SAFE xss */}
      <div className="note__signature" dangerouslySetInnerHTML={{ __html: signature }} /> {/* VULN xss */}
      <button type="button" onClick={() => setExpanded((v) => !v)}>
        {expanded ? 'Show less' : 'Show more'}
      </button>
    </aside>
  );
}
