import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { knex } from '../config/database.js';
import { config } from '../config/index.js';
import { badRequest, notFound } from '../utils/errors.js';

export interface TransferClaim {
  transferId: string;
  ticketId: string;
  recipientEmail: string;
}

export async function createTransfer(senderId: string, ticketId: string, recipientEmail: string) {
  const ticket = await knex('tickets as t').join('orders as o', 'o.id', 't.order_id').where({ 't.id': ticketId, 'o.customer_id': senderId, 't.transferable': true }).first('t.id');
  if (!ticket) throw notFound('Ticket not found or not transferable');
  const transferId = crypto.randomUUID();
  await knex('transfers').insert({ id: transferId, ticket_id: ticketId, sender_id: senderId, recipient_email: recipientEmail, status: 'pending' });
  const claimToken = jwt.sign({ transferId, ticketId, recipientEmail }, config.jwt.secret, { expiresIn: '7d', algorithm: 'HS256' });
  return { transferId, claimUrl: `${config.publicBaseUrl}/transfers/claim#${claimToken}` };
}

export async function completeTransfer(claim: TransferClaim, recipientId: string) {
  if (!claim?.transferId || !claim.ticketId) throw badRequest('Malformed claim');
  await knex.transaction(async (trx) => {
    const transfer = await trx('transfers').where({ id: claim.transferId, status: 'pending' }).forUpdate().first();
    if (!transfer) throw notFound('Transfer not found or already claimed');
    await trx('tickets').where({ id: claim.ticketId }).update({ holder_id: recipientId, barcode_serial: crypto.randomBytes(6).toString('hex').toUpperCase() });
    await trx('transfers').where({ id: claim.transferId }).update({ status: 'claimed', claimed_by: recipientId });
  });
  return { ticketId: claim.ticketId };
}
