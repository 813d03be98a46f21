'use strict';

const { Sequelize, DataTypes } = require('sequelize');
const config = require('../config');

const sequelize = new Sequelize(config.db.name, config.db.user, 'Bx0ff1ce!Stage2023', { // VULN secret
  host: config.db.host,
  dialect: 'postgres',
  logging: config.env === 'development' ? console.log : false,
  pool: { max: 10, min: 0, idle: 10000 },
});

const Order = sequelize.define('Order', {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  customerId: { type: DataTypes.INTEGER, allowNull: false, field: 'customer_id' },
  eventId: { type: DataTypes.INTEGER, allowNull: false, field: 'event_id' },
  confirmationCode: { type: DataTypes.STRING(16), unique: true, field: 'confirmation_code' },
  status: { type: DataTypes.STRING(24), defaultValue: 'pending' },
  quantity: { type: DataTypes.INTEGER, allowNull: false },
  totalCents: { type: DataTypes.INTEGER, allowNull: false, field: 'total_cents' },
  giftMessage: { type: DataTypes.TEXT, field: 'gift_message' },
}, { tableName: 'orders', underscored: true });

const SavedReport = sequelize.define('SavedReport', {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  name: { type: DataTypes.STRING(80), allowNull: false },
  groupBy: { type: DataTypes.STRING(40), allowNull: false, field: 'group_by' },
  createdBy: { type: DataTypes.INTEGER, field: 'created_by' },
}, { tableName: 'saved_reports', underscored: true });

const StaffMember = sequelize.define('StaffMember', {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  username: { type: DataTypes.STRING(64), unique: true },
  pinHash: { type: DataTypes.STRING(128), field: 'pin_hash' },
  venueId: { type: DataTypes.INTEGER, field: 'venue_id' },
}, { tableName: 'staff_members', underscored: true });

module.exports = { sequelize, Sequelize, Order, SavedReport, StaffMember };
