'use server';

import { requireSession } from '@/lib/auth';
import { estimateBill, listInvoices, previewPayouts, recordManualAdjustment } from '@/services/billingService';

export async function loadInvoices(formData: FormData) {
  const session = await requireSession();
  return listInvoices(session.memberId, {
    period: String(formData.get('period') ?? ''),
    fromPeriod: String(formData.get('fromPeriod') ?? ''),
    status: String(formData.get('status') ?? 'open'),
    sort: String(formData.get('sort') ?? 'due_date'),
  });
}

export async function addAdjustment(formData: FormData) {
  const session = await requireSession('treasurer', 'admin');
  const invoiceId = Number(formData.get('invoiceId'));
  const amountCents = Math.round(Number(formData.get('amount')) * 100);
  if (!Number.isInteger(invoiceId) || !Number.isFinite(amountCents)) {
    return { ok: false, error: 'Invalid adjustment' };
  }
  await recordManualAdjustment(invoiceId, amountCents, String(formData.get('reason') ?? ''), session.sub);
  return { ok: true };
}

export async function estimateNextBill(formData: FormData) {
  const session = await requireSession();
  const plan = String(formData.get('plan') ?? 'standard');
  const kwh = Number(formData.get('expectedKwh') ?? 0);
  return estimateBill(session.memberId, plan, Number.isFinite(kwh) ? kwh : 0);
}

export async function runPayoutPreview(formData: FormData) {
  await requireSession('treasurer', 'admin');
  const period = String(formData.get('period') ?? '');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return { ok: false, error: 'Use YYYY-MM' };
  return { ok: true, rows: await previewPayouts(period) };
}
