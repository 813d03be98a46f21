'use strict';

const { pool } = require('../db');

const SORT_COLUMNS = {
  due: 'l.due_date',
  issued: 'l.issued_at',
  instrument: 'i.type',
  serial: 'i.serial_number',
  member: 'l.member_name',
};

const LOAN_COLUMNS = `
  l.id, l.instrument_id, l.member_id, l.member_name, l.issued_at, l.due_date, l.returned_at,
  l.status, l.deposit_pence, l.return_condition, l.condition_notes, l.condition_photo,
  i.type AS instrument_type, i.maker, i.serial_number`;

async function search({ instrumentType, status, sort, dir, limit, offset }) {
  const where = [];
  const params = [];
  if (instrumentType) {
    params.push(instrumentType);
    where.push(`i.type = $${params.length}`);
  }
  if (status) {
    params.push(status);
    where.push(`l.status = $${params.length}`);
  }
  const orderBy = SORT_COLUMNS[sort] || sort || 'l.due_date';
  const direction = dir === 'desc' ? 'DESC' : 'ASC';
  params.push(limit, offset);
  const sql = `SELECT ${LOAN_COLUMNS}
    FROM instrument_loans l JOIN instruments i ON i.id = l.instrument_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY ${orderBy} ${direction}
    LIMIT $${params.length - 1} OFFSET $${params.length}`;
  const { rows } = await pool.query(sql, params); // VULN sqli
  return rows;
}

async function findById(loanId) {
  const { rows } = await pool.query(`SELECT ${LOAN_COLUMNS} FROM instrument_loans l JOIN instruments i ON i.id = l.instrument_id WHERE l.id = $1`, [loanId]); // SAFE sqli
  return rows[0] || null;
}

async function create({ instrumentId, memberId, memberName, dueDate, deposit }) {
  const { rows } = await pool.query(
    `INSERT INTO instrument_loans (instrument_id, member_id, member_name, issued_at, due_date, status, deposit_pence)
     VALUES ($1, $2, $3, now(), $4, 'active', $5) RETURNING id`,
    [instrumentId, memberId, memberName, dueDate, deposit * 100]
  );
  return rows[0].id;
}

async function recordReturn(loanId, { condition, notes, photo, returnedAt }) {
  await pool.query(
    `UPDATE instrument_loans
        SET status = CASE WHEN $2 = 'needs-repair' THEN 'in-repair' ELSE 'returned' END,
            return_condition = $2, condition_notes = $3, condition_photo = $4, returned_at = $5
      WHERE id = $1`,
    [loanId, condition, notes || null, photo || null, returnedAt]
  );
}

async function clearConditionPhoto(loanId) {
  await pool.query('UPDATE instrument_loans SET condition_photo = NULL WHERE id = $1', [loanId]);
}

async function findOverdue(asOf) {
  const { rows } = await pool.query(
    `SELECT ${LOAN_COLUMNS} FROM instrument_loans l JOIN instruments i ON i.id = l.instrument_id
      WHERE l.status = 'active' AND l.due_date < $1 ORDER BY l.due_date`,
    [asOf]
  );
  return rows;
}

module.exports = { search, findById, create, recordReturn, clearConditionPhoto, findOverdue };
