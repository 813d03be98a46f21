import { escapeHtml, tierColor, tierLabel } from '../lib/html';

const WIDGET_CSS = `
.cp-badge{font:600 13px/1.3 system-ui,sans-serif;display:inline-flex;gap:6px;align-items:center;
  border:2px solid;border-radius:14px;padding:3px 10px;background:#fff}
.cp-status{font:14px/1.4 system-ui,sans-serif;border:1px solid #ddd;border-radius:8px;padding:12px}
.cp-status h4{margin:0 0 6px}`;

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${WIDGET_CSS}</style></head><body>${body}</body></html>`;
}

/**
 * Embeddable badge carriers drop into their agent portals. The label is the
 * carrier's own wording (e.g. "Wildfire risk" / "Riesgo de incendio").
 */
export function renderRiskBadge(label: string, tier: number): string {
  const safeTier = Number.isInteger(tier) ? tier : 0;
  return page(`<span class="cp-badge" style="border-color:${tierColor(safeTier)}">${label}: ${tierLabel(safeTier)}</span>`);
}

export interface StatusCardModel {
  insuredName: string;
  status: string;
  scheduledFor: Date | null;
  riskTier: number;
}

export function renderStatusCard(model: StatusCardModel): string {
  const when = model.scheduledFor ? model.scheduledFor.toISOString().slice(0, 10) : 'not yet scheduled';
  return page(
    `<div class="cp-status"><h4>${escapeHtml(model.insuredName)}</h4>` +
      `<div>Status: ${escapeHtml(model.status)}</div>` +
      `<div>Inspection: ${escapeHtml(when)}</div>` +
      `<div>Risk: ${escapeHtml(tierLabel(model.riskTier))}</div></div>`,
  );
}
