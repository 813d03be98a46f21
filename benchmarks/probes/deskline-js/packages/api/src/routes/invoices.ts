import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { readFloorplan, readInvoicePdf, type StoredFile } from '../lib/storage';

async function serve(request: FastifyRequest, reply: FastifyReply, load: () => Promise<StoredFile>, type: string) {
  try {
    const file = await load();
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    return reply.header('ETag', file.etag).type(type).send(file.body);
  } catch (err) {
    request.log.warn({ err }, 'file lookup failed');
    return reply.code(404).send({ error: 'not_found' });
  }
}

const invoiceRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { fileName: string } }>('/invoices/files/:fileName', (request, reply) =>
    serve(request, reply, () => readInvoicePdf(request.params.fileName), 'application/pdf'));

  app.get<{ Params: { name: string } }>('/floorplans/:name', (request, reply) =>
    serve(request, reply, () => readFloorplan(request.params.name), 'image/svg+xml'));
};

export default invoiceRoutes;
