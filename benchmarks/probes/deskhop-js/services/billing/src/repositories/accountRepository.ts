import { pool } from '../db';

export interface BillingAccount {
  id: string;
  companyName: string;
  vatNumber: string | null;
  addressLines: string[];
  email: string;
  settings: Record<string, unknown>;
}

export async function findAccount(accountId: string): Promise<BillingAccount | null> {
  const { rows } = await pool.query<BillingAccount>(
    `SELECT id, company_name AS "companyName", vat_number AS "vatNumber", address_lines AS "addressLines",
            email, settings
       FROM billing_accounts WHERE id = $1`,
    [accountId],
  );
  return rows[0] ?? null;
}

export async function saveSettings(accountId: string, settings: Record<string, unknown>): Promise<void> {
  await pool.query('UPDATE billing_accounts SET settings = $2, updated_at = now() WHERE id = $1', [accountId, JSON.stringify(settings)]);
}

export async function findPricingFormula(accountId: string): Promise<string | null> {
  const { rows } = await pool.query<{ formula: string | null }>(
    'SELECT pricing_formula AS formula FROM billing_accounts WHERE id = $1',
    [accountId],
  );
  return rows[0]?.formula ?? null;
}
