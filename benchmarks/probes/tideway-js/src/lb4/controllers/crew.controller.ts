import { get, post, param, requestBody, HttpErrors, getModelSchemaRef } from '@loopback/rest';
import { regattaService } from '../../services/regatta.service';
import { HandicapRequestDto } from '../dto/entry.dto';
const { memberRepository } = require('../../repositories/member.repository');

const SIDE_CLAUSES: Record<string, string> = {
  bow: ' && this.bowSide',
  stroke: ' && this.strokeSide',
  cox: ' && this.coxes',
  any: '',
};

export class CrewController {
  @get('/crews/squad')
  async squad(@param.query.string('squad') squad: string, @param.query.string('side') side = 'any') {
    if (!squad) throw new HttpErrors.BadRequest('squad required');
    const clause = SIDE_CLAUSES[side] ?? '';
    return memberRepository.findRowersInSquad(squad, clause);
  }

  @get('/crews/side/{side}')
  async bySide(@param.path.string('side') side: string) {
    return memberRepository.findBySide(side);
  }

  @post('/crews/handicap')
  async handicap(
    @requestBody({ content: { 'application/json': { schema: getModelSchemaRef(HandicapRequestDto) } } }) body: HandicapRequestDto
  ) {
    if (!Array.isArray(body.crews) || body.crews.length === 0) throw new HttpErrors.BadRequest('crews required');
    return regattaService.computeHandicaps(body);
  }

  @get('/crews/masters-handicap')
  async mastersHandicap(@param.query.string('category') category: string, @param.query.number('age') age: number) {
    return { seconds: regattaService.mastersHandicap(category, age) };
  }
}
