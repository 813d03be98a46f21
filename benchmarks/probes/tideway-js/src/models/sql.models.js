'use strict';

const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const BOAT_CLASSES = ['1x', '2x', '2-', '4x', '4-', '4+', '8+'];

const Boat = sequelize.define(
  'Boat',
  {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: DataTypes.STRING(80), allowNull: false },
    boatClass: { type: DataTypes.ENUM(...BOAT_CLASSES), allowNull: false, field: 'boat_class' },
    rigging: { type: DataTypes.STRING(40) },
    crewWeightKg: { type: DataTypes.INTEGER, field: 'crew_weight_kg' },
    squad: { type: DataTypes.STRING(40) },
    status: { type: DataTypes.STRING(20), defaultValue: 'available' },
    notes: { type: DataTypes.TEXT },
    photoFile: { type: DataTypes.STRING(200), field: 'photo_file' },
    lastServicedAt: { type: DataTypes.DATE, field: 'last_serviced_at' },
  },
  { tableName: 'boats', underscored: true }
);

const Booking = sequelize.define(
  'Booking',
  {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    boatId: { type: DataTypes.INTEGER, allowNull: false, field: 'boat_id' },
    memberId: { type: DataTypes.STRING(24), allowNull: false, field: 'member_id' },
    startsAt: { type: DataTypes.DATE, allowNull: false, field: 'starts_at' },
    endsAt: { type: DataTypes.DATE, allowNull: false, field: 'ends_at' },
    outing: { type: DataTypes.STRING(40), defaultValue: 'training' },
    confirmationCode: { type: DataTypes.STRING(16), field: 'confirmation_code' },
    crewNames: { type: DataTypes.TEXT, field: 'crew_names' },
    cancelledAt: { type: DataTypes.DATE, field: 'cancelled_at' },
  },
  { tableName: 'bookings', underscored: true }
);

Booking.belongsTo(Boat, { foreignKey: 'boatId', as: 'boat' });

module.exports = { Boat, Booking, BOAT_CLASSES };
