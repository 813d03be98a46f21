import { spawn } from 'node:child_process';
import type { Visitor } from './visitorStore';

export function renderBadgeText(visitor: Visitor): string {
  const lines = [
    'VISITOR',
    '',
    visitor.name.toUpperCase(),
    visitor.company ?? '',
    '',
    `Host: ${visitor.hostName ?? visitor.hostEmail}`,
    `Date: ${visitor.day}`,
  ];
  return lines.join('\n') + '\n';
}

/** Prints on the label printer attached to this kiosk. */
export function printLocally(printer: string, visitor: Visitor): Promise<void> {
  return new Promise((resolve, reject) => {
    const lp = spawn('lp', ['-d', printer, '-t', `Badge ${visitor.name}`, '-o', 'media=Custom.62x100mm'], { stdio: ['pipe', 'ignore', 'pipe'] }); // SAFE cmdi
    let stderr = '';
    lp.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    lp.on('error', reject);
    lp.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lp exited with ${code}: ${stderr.trim()}`))));
    lp.stdin.end(renderBadgeText(visitor));
  });
}
