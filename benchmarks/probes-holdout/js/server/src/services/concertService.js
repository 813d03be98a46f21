'use strict';

const mongoose = require('mongoose');
const { Concert } = require('../models');
const { queues } = require('../queue/queues');
const { parseHttpUrl } = require('../util/http');

function notFound() {
  const err = new Error('Concert not found');
  err.status = 404;
  return err;
}

async function listSeason(season) {
  return Concert.find({ season: String(season), published: true }).sort({ startsAt: 1 }).lean().exec(); // SAFE nosqli
}

async function getConcert(id) {
  if (!mongoose.isValidObjectId(id)) throw notFound();
  const concert = await Concert.findById(id).exec();
  if (!concert) throw notFound();
  return concert;
}

async function propose(member, body) {
  const ticketUrl = body.ticketUrl ? parseHttpUrl(body.ticketUrl) : null;
  const concert = new Concert({
    title: String(body.title || '').trim(),
    venue: String(body.venue || '').trim(),
    season: String(new Date(body.startsAt).getFullYear()),
    startsAt: new Date(body.startsAt),
    programmeNotes: typeof body.programmeNotes === 'string' ? body.programmeNotes : '',
    ticketUrl: ticketUrl ? ticketUrl.toString() : undefined,
    boxOfficeEventId: body.boxOfficeEventId ? String(body.boxOfficeEventId) : undefined,
    venueMapUrl: body.venueMapUrl ? String(body.venueMapUrl) : undefined,
    pieces: Array.isArray(body.pieces) ? body.pieces.slice(0, 40) : [],
    createdBy: member._id,
  });
  await concert.save();
  return concert;
}

async function updateNotes(id, member, notes) {
  const concert = await getConcert(id);
  if (String(concert.createdBy) !== String(member._id) && !member.hasRole('librarian')) {
    const err = new Error('Only the concert organiser or librarian can edit notes');
    err.status = 403;
    throw err;
  }
  concert.programmeNotes = String(notes || '');
  await concert.save();
  return concert;
}

async function requestProgrammePdf(id, dto, member) {
  const concert = await getConcert(id);
  const job = await queues.programmes.add('render', {
    concertId: concert._id.toString(),
    paperSize: dto.paperSize,
    orientation: dto.orientation,
    includeNotes: dto.includeNotes,
    copies: dto.copies,
    requestedBy: member.email,
  });
  return job.id;
}

module.exports = { listSeason, getConcert, propose, updateNotes, requestProgrammePdf };
