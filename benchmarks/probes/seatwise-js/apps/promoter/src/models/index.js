'use strict';

const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const Promoter = sequelize.define(
  'Promoter',
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    displayName: { type: DataTypes.STRING, allowNull: false },
    passwordSalt: { type: DataTypes.STRING(32), allowNull: false },
    passwordHash: { type: DataTypes.STRING(64), allowNull: false },
    lastLoginAt: { type: DataTypes.DATE },
  },
  { tableName: 'portal_promoters' },
);

const Event = sequelize.define(
  'Event',
  {
    id: { type: DataTypes.UUID, primaryKey: true },
    promoterId: { type: DataTypes.UUID, allowNull: false },
    title: { type: DataTypes.STRING, allowNull: false },
    status: { type: DataTypes.STRING(16) },
    startsAt: { type: DataTypes.DATE },
    capacity: { type: DataTypes.INTEGER },
  },
  { tableName: 'events', timestamps: false },
);

const Order = sequelize.define(
  'Order',
  {
    id: { type: DataTypes.UUID, primaryKey: true },
    eventId: { type: DataTypes.UUID, allowNull: false },
    buyerName: { type: DataTypes.STRING },
    buyerEmail: { type: DataTypes.STRING },
    totalCents: { type: DataTypes.INTEGER },
    refundedCents: { type: DataTypes.INTEGER },
    status: { type: DataTypes.STRING(24) },
    createdAt: { type: DataTypes.DATE },
  },
  { tableName: 'orders', timestamps: false },
);

const PasswordReset = sequelize.define(
  'PasswordReset',
  {
    token: { type: DataTypes.STRING(64), primaryKey: true },
    promoterId: { type: DataTypes.UUID, allowNull: false },
    expiresAt: { type: DataTypes.DATE, allowNull: false },
    usedAt: { type: DataTypes.DATE },
  },
  { tableName: 'portal_password_resets' },
);

const AttendeeExport = sequelize.define(
  'AttendeeExport',
  {
    id: { type: DataTypes.UUID, primaryKey: true },
    promoterId: { type: DataTypes.UUID },
    eventId: { type: DataTypes.UUID },
    fileName: { type: DataTypes.STRING },
    rowCount: { type: DataTypes.INTEGER },
    createdAt: { type: DataTypes.DATE },
  },
  { tableName: 'attendee_exports', timestamps: false },
);

Event.hasMany(Order, { foreignKey: 'eventId' });
Order.belongsTo(Event, { foreignKey: 'eventId' });

module.exports = { sequelize, Promoter, Event, Order, PasswordReset, AttendeeExport };
