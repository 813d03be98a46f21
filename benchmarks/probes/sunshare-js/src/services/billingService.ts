import vm from 'node:vm';
import { billingPool, prisma } from '@/lib/db';
import { config } from '@/lib/config';

const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

const SORTABLE: Record<string, string> = {
  due_date: 'i.due_date',
  amount: 'i.amount_cents',
  period: 'i.period',
};

export interface InvoiceFilter {
  period: string;
  fromPeriod: string;
  status: string;
  sort: string;
}

function currentPeriod(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

export async function listInvoices(memberId: number, filter: InvoiceFilter) {
  const period = filter.period || currentPeriod();
  const fromPeriod = filter.fromPeriod || period;
  if (!PERIOD_RE.test(period)) {
    throw new Error('Invalid billing period');
  }
  const orderBy = SORTABLE[filter.sort] ?? 'i.due_date';
  const sql = `SELECT i.id, i.period, i.amount_cents, i.status, i.due_date,
                      COALESCE(SUM(a.amount_cents), 0) AS adjustments_cents
                 FROM invoices i
            LEFT JOIN invoice_adjustments a ON a.invoice_id = i.id
                WHERE i.member_id = $1 AND i.status = $2
                  AND i.period BETWEEN '${fromPeriod}' AND '${period}'
             GROUP BY i.id
             ORDER BY ${orderBy} DESC`;
  const { rows } = await billingPool.query(sql, [memberId, filter.status]); // VULN sqli
  return rows;
}

export async function recordManualAdjustment(invoiceId: number, amountCents: number, reason: string, actor: string) {
  await billingPool.query( // SAFE sqli
    `INSERT INTO invoice_adjustments (invoice_id, amount_cents, reason, created_by) VALUES ($1, $2, $3, $4)`,
    [invoiceId, amountCents, reason.slice(0, 500), actor],
  );
}

// ---------------------------------------------------------------------------
// Estimates & payouts
// ---------------------------------------------------------------------------

const PLAN_FORMULAS: Record<string, string> = {
  standard: 'kwh * tariff / 100',
  community: 'kwh * tariff * 0.92 / 100',
  lowIncome: 'Math.max(0, kwh * tariff * 0.75 / 100 - 5)',
};

export async function estimateBill(memberId: number, plan: string, expectedKwh: number) {
  const expression = Object.prototype.hasOwnProperty.call(PLAN_FORMULAS, plan) ? PLAN_FORMULAS[plan] : null;
  if (!expression) throw new Error(`Unknown plan ${plan}`);
  const amount = vm.runInNewContext(expression, { kwh: expectedKwh, tariff: config.defaultTariffCentsPerKwh, Math }, { timeout: 50 }); // SAFE code
  return { memberId, plan, amount: Math.round(Number(amount) * 100) / 100 };
}

const DEFAULT_PAYOUT_FORMULA = 'shares / totalShares * surplusCents';

export async function previewPayouts(period: string) {
  const setting = await prisma.payoutSetting.findUnique({ where: { key: 'share_payout' } });
  const formula = setting?.expression ?? DEFAULT_PAYOUT_FORMULA;

  const { rows: totals } = await billingPool.query(
    'SELECT COALESCE(SUM(surplus_cents), 0) AS surplus FROM production_periods WHERE period = $1',
    [period],
  );
  const surplusCents = Number(totals[0]?.surplus ?? 0);
  const members = await prisma.member.findMany({
    where: { status: 'active' },
    select: { id: true, displayName: true, shareCount: true },
  });
  const totalShares = members.reduce((acc, m) => acc + m.shareCount, 0) || 1;

  return members.map((m) => {
    const context = { shares: m.shareCount, totalShares, surplusCents, period, Math };
    const cents = vm.runInNewContext(formula, context, { timeout: 100 }); // VULN code
    return { memberId: m.id, name: m.displayName, payoutCents: Math.floor(Number(cents)) };
  });
}
