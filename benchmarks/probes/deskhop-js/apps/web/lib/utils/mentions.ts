const MENTION = /(^|\s)@([a-z0-9][a-z0-9._-]{1,31})/gi;
const SCRIPT_BLOCK = /<script\b[^>]*>[\s\S]*?<\/script>/gi;

/**
 * Turns plain comment text into display HTML: links @handles to member
 * profiles and keeps line breaks.
 */
export function renderMentions(text: string): string {
  return text
    .replace(SCRIPT_BLOCK, '')
    .replace(MENTION, (_match, lead: string, handle: string) => {
      return `${lead}<a class="mention" href="/members/${encodeURIComponent(handle)}">@${handle}</a>`;
    })
    .replace(/\r?\n/g, '<br />');
}

export function mentionedHandles(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    handles.add(match[2].toLowerCase());
  }
  return [...handles];
}
