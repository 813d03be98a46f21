import type { FastifyPluginAsync } from 'fastify';
import * as bookingService from '../services/bookingService';
import { findById } from '../repositories/bookingRepo';

const WEEK_MS = 7 * 24 * 3600 * 1000;

const bookingRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { from?: string; to?: string; sort?: string } }>('/bookings', async (request, reply) => {
    const { from, to, sort } = request.query;
    const start = from ? new Date(from) : new Date();
    const end = to ? new Date(to) : new Date(start.getTime() + WEEK_MS);
    const bookings = await bookingService.listBookings({ memberId: request.session!.sub, from: start, to: end, sort });
    reply.header('X-Total-Count', bookings.length);
    return bookings;
  });

  app.get<{ Params: { id: string } }>('/bookings/:id', async (request, reply) => {
    const id = Number.parseInt(request.params.id, 10);
    if (!Number.isSafeInteger(id) || id <= 0) return reply.code(400).send({ error: 'invalid_id' });
    const booking = await findById(id, request.session!.sub);
    return booking ?? reply.code(404).send({ error: 'not_found' });
  });

  app.post<{ Body: bookingService.BookingInput }>('/bookings', async (request, reply) => {
    const booking = await bookingService.createBooking(request.session!.sub, request.body);
    return reply.code(201).send(booking);
  });
};

export default bookingRoutes;
