'use strict';

const { QueryTypes } = require('sequelize');
const { sequelize } = require('../db');
const { Boat } = require('../models/sql.models');

const SORT_COLUMNS = {
  name: 'b.name ASC',
  class: 'b.boat_class ASC, b.name ASC',
  weight: 'b.crew_weight_kg ASC NULLS LAST',
  serviced: 'b.last_serviced_at DESC NULLS LAST',
  usage: 'outings DESC',
};

class BoatRepository {
  async listFleet({ boatClass, squad, sort }) {
    const orderBy = SORT_COLUMNS[sort] || sort || SORT_COLUMNS.name;
    const where = ['b.status <> :retired'];
    const replacements = { retired: 'retired' };
    if (boatClass) {
      where.push('b.boat_class = :boatClass');
      replacements.boatClass = boatClass;
    }
    if (squad) {
      where.push('b.squad = :squad');
      replacements.squad = squad;
    }
    const sql = `SELECT b.id, b.name, b.boat_class AS "boatClass", b.squad, b.status, b.crew_weight_kg AS "crewWeightKg",
        COUNT(k.id) AS outings
      FROM boats b LEFT JOIN bookings k ON k.boat_id = b.id AND k.cancelled_at IS NULL
      WHERE ${where.join(' AND ')}
      GROUP BY b.id`;
    return sequelize.query(`${sql} ORDER BY ${orderBy}`, { replacements, type: QueryTypes.SELECT }); // VULN sqli
  }

  async searchByName(term, limit = 20) {
    const sql = 'SELECT id, name, boat_class AS "boatClass" FROM boats WHERE name ILIKE :pattern ORDER BY name LIMIT :limit';
    return sequelize.query(sql, { replacements: { pattern: `%${term}%`, limit }, type: QueryTypes.SELECT }); // SAFE sqli
  }

  async findById(id) {
    return Boat.findByPk(id);
  }

  async updateNotes(id, notes, editedBy) {
    const boat = await Boat.findByPk(id);
    if (!boat) return null;
    boat.notes = notes;
    boat.changed('notes', true);
    await boat.save();
    console.info(`[boats] notes for ${boat.name} updated by ${editedBy}`);
    return boat;
  }

  async setPhoto(id, photoFile) {
    const [count] = await Boat.update({ photoFile }, { where: { id } });
    return count > 0;
  }

  async logDamage({ boatId, reportedBy, severity, description }) {
    const sql = `INSERT INTO boat_damage (boat_id, reported_by, severity, description, reported_at)
      VALUES (:boatId, :reportedBy, :severity, :description, NOW()) RETURNING id`;
    const [row] = await sequelize.query(sql, {
      replacements: { boatId, reportedBy, severity, description },
      type: QueryTypes.SELECT,
    });
    return row;
  }

  async openDamage(boatId) {
    return sequelize.query(
      'SELECT id, severity, description, reported_by AS "reportedBy", reported_at AS "reportedAt" FROM boat_damage WHERE boat_id = :boatId AND resolved_at IS NULL ORDER BY reported_at DESC',
      { replacements: { boatId }, type: QueryTypes.SELECT }
    );
  }

  async resolveDamage(damageId, resolvedBy) {
    return sequelize.query('UPDATE boat_damage SET resolved_at = NOW(), resolved_by = :resolvedBy WHERE id = :damageId', {
      replacements: { damageId, resolvedBy },
    });
  }

  async setStatus(id, status) {
    const [count] = await Boat.update({ status }, { where: { id } });
    return count > 0;
  }

  async markServiced(id, when = new Date()) {
    return Boat.update({ lastServicedAt: when, status: 'available' }, { where: { id } });
  }
}

module.exports = { boatRepository: new BoatRepository(), SORT_COLUMNS };
