import { inject } from '@loopback/core';
import { get, post, del, param, requestBody, HttpErrors, getModelSchemaRef, RestBindings, Request } from '@loopback/rest';
import { verifyOrganiserCallback } from '../../services/webhook.service';
import { WEBHOOK_SIGNATURE_HEADER } from '../../config/security';
import { entryRepository } from '../../repositories/entry.repository';
import { regattaService } from '../../services/regatta.service';
import { EntryCreateDto } from '../dto/entry.dto';
import { OrganiserPrincipal } from '../interceptors/auth.interceptor';

const REGATTA_CODE = /^[A-Z0-9]{3,12}$/;

export class RegattaEntryController {
  constructor(@inject(RestBindings.Http.REQUEST) private request: Request) {}

  private get principal(): OrganiserPrincipal | undefined {
    return (this.request as Request & { organiser?: OrganiserPrincipal }).organiser;
  }

  private requireScope(scope: string) {
    if (!this.principal || !this.principal.scopes.includes(scope)) {
      throw new HttpErrors.Forbidden(`Scope ${scope} required`);
    }
  }

  @get('/regattas/{code}/entries')
  async listEntries(@param.path.string('code') code: string, @param.query.string('club') club?: string) {
    if (!REGATTA_CODE.test(code)) throw new HttpErrors.BadRequest('Invalid regatta code');
    const entries = await regattaService.listEntries(code, club);
    return entries.map((e: any) => ({
      id: String(e._id),
      eventCode: e.eventCode,
      clubCode: e.clubCode,
      crewName: e.crewName,
      status: e.status,
      seats: e.seats,
    }));
  }

  @post('/regattas/{code}/entries')
  async createEntry(
    @param.path.string('code') code: string,
    @requestBody({ content: { 'application/json': { schema: getModelSchemaRef(EntryCreateDto) } } }) body: EntryCreateDto
  ) {
    this.requireScope('entries:write');
    if (!REGATTA_CODE.test(code)) throw new HttpErrors.BadRequest('Invalid regatta code');
    const entry = await regattaService.createEntry(code, body, this.principal!.organiser);
    return { id: String(entry._id), status: entry.status };
  }

  @post('/regattas/{code}/entries/{id}/submit')
  async submitEntry(@param.path.string('code') code: string, @param.path.string('id') id: string) {
    this.requireScope('entries:write');
    const entry = await regattaService.submitEntry(id);
    return { id: String(entry._id), status: entry.status };
  }

  @post('/regattas/{code}/entries/{id}/callback')
  async organiserCallback(
    @param.path.string('code') code: string,
    @param.path.string('id') id: string,
    @param.header.string(WEBHOOK_SIGNATURE_HEADER) signature: string,
    @requestBody({ content: { 'application/json': { schema: { type: 'object' }, 'x-parser': 'text' } } }) raw: string,
  ) {
    if (!verifyOrganiserCallback(raw, signature)) throw new HttpErrors.Unauthorized('Bad signature');
    const payload = JSON.parse(raw) as { status?: string };
    const status = payload.status === 'accepted' ? 'accepted' : payload.status === 'scratched' ? 'scratched' : null;
    if (!status) throw new HttpErrors.UnprocessableEntity('Unsupported status');
    const entry = await entryRepository.setStatus(id, status);
    if (!entry) throw new HttpErrors.NotFound('Entry not found');
    console.info(`[callback] ${this.request.ip} set ${code} entry ${id} to ${status}`);
    return { id, status };
  }

  @del('/regattas/{code}/entries/{id}')
  async scratchEntry(@param.path.string('code') code: string, @param.path.string('id') id: string) {
    this.requireScope('entries:write');
    const entry = await regattaService.scratchEntry(id);
    if (!entry) throw new HttpErrors.NotFound('Entry not found');
    return { id: String(entry._id), status: entry.status };
  }
}
