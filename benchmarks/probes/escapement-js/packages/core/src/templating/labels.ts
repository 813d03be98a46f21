import type { PartRow } from '../repositories/partsRepository';
import { escapeHtml, formatPence } from '../util/html';

export interface LabelOptions {
  binLocation?: string;
  copies?: number;
  printedBy: string;
}

function dimensions(part: PartRow): string {
  const entries: Array<[string, number | null]> = [
    ['W', part.width_mm],
    ['H', part.height_mm],
    ['L', part.length_mm],
    ['S', part.strength_mm],
  ];
  return entries
    .filter(([, value]) => value !== null)
    .map(([label, value]) => `${label} ${Number(value).toFixed(2)}mm`)
    .join(' · ');
}

export function renderPartLabel(part: PartRow, options: LabelOptions): string {
  const copies = Math.min(Math.max(options.copies ?? 1, 1), 20);
  const label = [
    '<section class="label">',
    `<h1 class="sku">${escapeHtml(part.sku)}</h1>`,
    `<p class="desc">${escapeHtml(part.description)}</p>`, // SAFE xss
    `<p class="dims">${escapeHtml(dimensions(part))}</p>`,
    `<p class="price">${formatPence(part.price_pence)} · stock ${part.stock}</p>`,
    `<p class="bin">${escapeHtml(options.binLocation ?? 'unassigned')}</p>`,
    `<a class="supplier" href="${escapeHtml(part.supplier_url ?? '#')}">${escapeHtml(part.supplier)}</a>`, // VULN xss
    '</section>',
  ].join('\n');

  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>Label ${escapeHtml(part.sku)}</title>`,
    '<style>@page { size: 62mm 40mm; margin: 2mm } .label { font: 9pt/1.2 "Gill Sans", sans-serif; page-break-after: always } .sku { font-size: 14pt; margin: 0 }</style>',
    '</head><body>',
    Array.from({ length: copies }, () => label).join('\n'),
    `<footer hidden>printed by ${escapeHtml(options.printedBy)}</footer>`,
    '<script>window.addEventListener("load", () => window.print())</script>',
    '</body></html>',
  ].join('\n');
}
