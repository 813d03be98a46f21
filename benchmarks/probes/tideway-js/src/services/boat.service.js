'use strict';

const { boatRepository } = require('../repositories/boat.repository');
const { mediaService } = require('./media.service');
const { BOAT_CLASSES } = require('../models/sql.models');

const MAX_NOTES = 4000;
const SEVERITIES = ['cosmetic', 'minor', 'unseaworthy'];
const STATUS_TRANSITIONS = {
  available: ['out-of-service', 'at-regatta', 'retired'],
  'out-of-service': ['available', 'retired'],
  'at-regatta': ['available', 'out-of-service'],
  retired: [],
};

class BoatService {
  async fleet({ boatClass, squad, sort }) {
    const cls = BOAT_CLASSES.includes(boatClass) ? boatClass : undefined;
    return boatRepository.listFleet({ boatClass: cls, squad: squad || undefined, sort });
  }

  async lookup(term) {
    if (!term || term.length < 2) return [];
    return boatRepository.searchByName(term.slice(0, 40));
  }

  async get(id) {
    const boat = await boatRepository.findById(id);
    if (!boat) {
      const err = new Error('Boat not found');
      err.status = 404;
      throw err;
    }
    return boat;
  }

  async updateNotes(id, notes, member) {
    if (typeof notes !== 'string') {
      const err = new Error('notes must be text');
      err.status = 400;
      throw err;
    }
    return boatRepository.updateNotes(id, notes.slice(0, MAX_NOTES), member.email);
  }

  async uploadPhoto(id, { fileName, content }) {
    await this.get(id);
    const photoFile = await mediaService.storeBoatPhoto(id, fileName, content);
    await boatRepository.setPhoto(id, photoFile);
    return photoFile;
  }

  async deletePhoto(id, photoFile) {
    await this.get(id);
    await mediaService.removeBoatPhoto(photoFile);
    await boatRepository.setPhoto(id, null);
  }

  async reportDamage(id, { severity, description }, member) {
    const boat = await this.get(id);
    if (!SEVERITIES.includes(severity)) {
      const err = new Error(`severity must be one of ${SEVERITIES.join(', ')}`);
      err.status = 400;
      throw err;
    }
    const text = String(description || '').trim();
    if (text.length < 5) {
      const err = new Error('Please describe the damage');
      err.status = 400;
      throw err;
    }
    const row = await boatRepository.logDamage({ boatId: boat.id, reportedBy: member.email, severity, description: text.slice(0, 1000) });
    if (severity === 'unseaworthy' && boat.status === 'available') {
      await boatRepository.setStatus(boat.id, 'out-of-service');
    }
    return { damageId: row.id, boatStatus: severity === 'unseaworthy' ? 'out-of-service' : boat.status };
  }

  async changeStatus(id, next) {
    const boat = await this.get(id);
    const allowed = STATUS_TRANSITIONS[boat.status] || [];
    if (!allowed.includes(next)) {
      const err = new Error(`Cannot move ${boat.name} from ${boat.status} to ${next}`);
      err.status = 409;
      throw err;
    }
    if (next === 'available') {
      const open = await boatRepository.openDamage(boat.id);
      if (open.some((d) => d.severity === 'unseaworthy')) {
        const err = new Error('Resolve unseaworthy damage reports first');
        err.status = 409;
        throw err;
      }
    }
    await boatRepository.setStatus(boat.id, next);
    return { id: boat.id, status: next };
  }
}

module.exports = { boatService: new BoatService(), SEVERITIES };
