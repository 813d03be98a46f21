import { pool } from '../config/database.js';

export interface Customer {
  id: number;
  email: string;
  password_hash: string;
  password_scheme: 'bcrypt' | 'legacy_sha1';
}

export async function findByEmail(email: string): Promise<Customer | undefined> {
  const { rows } = await pool.query<Customer>('SELECT id, email, password_hash, password_scheme FROM customers WHERE email = $1', [email.toLowerCase()]); // SAFE sqli
  return rows[0];
}

export async function searchByLastName(lastName: string, limit = 25) {
  const { rows } = await pool.query("SELECT id, email, first_name, last_name FROM customers WHERE last_name ILIKE '" + lastName + "%' ORDER BY last_name LIMIT " + limit); // VULN sqli
  return rows;
}

export async function insertCustomer(email: string, firstName: string, lastName: string, passwordHash: string): Promise<number> {
  const { rows } = await pool.query('INSERT INTO customers (email, first_name, last_name, password_hash, password_scheme) VALUES ($1, $2, $3, $4, $5) RETURNING id', [email.toLowerCase(), firstName, lastName, passwordHash, 'bcrypt']);
  return rows[0].id;
}

export async function savePasswordResetToken(customerId: number, token: string): Promise<void> {
  await pool.query("INSERT INTO password_resets (customer_id, token, expires_at) VALUES ($1, $2, now() + interval '1 hour')", [customerId, token]);
}

export async function loadPreferences(customerId: number): Promise<Record<string, any>> {
  const { rows } = await pool.query('SELECT preferences FROM customers WHERE id = $1', [customerId]);
  return rows[0]?.preferences ?? {};
}

export async function updatePreferences(customerId: number, preferences: unknown): Promise<void> {
  await pool.query('UPDATE customers SET preferences = $2 WHERE id = $1', [customerId, JSON.stringify(preferences)]);
}
