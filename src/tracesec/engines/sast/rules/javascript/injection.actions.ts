'use server';
import vm from 'node:vm';
import { exec } from 'node:child_process';
import { pool } from './db';

export async function calculateDosage(formData: FormData): Promise<number> {
  const formula = String(formData.get('formula') ?? '');
  // ruleid: trace.javascript.code-injection.tainted-eval
  return vm.runInNewContext(formula, { round: Math.round });
}

export async function renamePet(petId: string, name: string) {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await pool.query(`UPDATE pets SET name = '${name}' WHERE id = ${petId}`);
  // ok: trace.javascript.sql-injection.tainted-query
  await pool.query('UPDATE pets SET name = $1 WHERE id = $2', [name, petId]);
}

export const exportRecords = async (formData: FormData) => {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`tar czf /tmp/export.tgz ${formData.get('folder')}`);
};

async function nightlyReport(day: string) {
  // ok: trace.javascript.sql-injection.tainted-query
  return pool.query(`SELECT * FROM visits WHERE day = '${day}'`);
}
