'use strict';

const fs = require('fs');
const path = require('path');
const config = require('../config');
const loans = require('../repositories/loanRepository');
const members = require('../repositories/memberRepository');
const mail = require('./mailService');

const LOAN_PHOTO_DIR = path.join(config.paths.uploads, 'loans');

function notFound(message) {
  const err = new Error(message);
  err.status = 404;
  return err;
}

async function listLoans(query) {
  const rows = await loans.search(query);
  return rows.map((row) => ({
    ...row,
    overdue: row.status === 'active' && new Date(row.due_date) < new Date(),
  }));
}

async function getLoan(loanId) {
  const loan = await loans.findById(loanId);
  if (!loan) throw notFound('Loan not found');
  return loan;
}

async function issueLoan(dto) {
  const member = await members.findById(dto.memberId);
  if (!member) throw notFound('Member not found');
  return loans.create({ ...dto, memberName: dto.memberName || member.name });
}

async function recordReturn(loanId, dto) {
  await getLoan(loanId);
  await loans.recordReturn(loanId, dto);
  return getLoan(loanId);
}

/** The quartermaster can drop a condition photo once the repair is signed off. */
async function removeConditionPhoto(loanId) {
  const loan = await getLoan(loanId);
  if (!loan.condition_photo) return false;
  await fs.promises.unlink(path.join(LOAN_PHOTO_DIR, loan.condition_photo)); // VULN path
  await loans.clearConditionPhoto(loanId);
  return true;
}

async function notifyOverdue(asOf = new Date()) {
  const overdue = await loans.findOverdue(asOf);
  let sent = 0;
  for (const loan of overdue) {
    const member = await members.findById(loan.member_id);
    if (!member) continue;
    await mail.sendStandard('loan-overdue', member.email, {
      name: member.name,
      instrument: `${loan.maker} ${loan.instrument_type}`,
      dueDate: new Date(loan.due_date).toLocaleDateString('en-GB'),
    });
    sent += 1;
  }
  return sent;
}

module.exports = { listLoans, getLoan, issueLoan, recordReturn, removeConditionPhoto, notifyOverdue, LOAN_PHOTO_DIR };
