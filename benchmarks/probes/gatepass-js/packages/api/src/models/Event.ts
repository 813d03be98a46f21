import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../config/database.js';

export const EVENT_STATUSES = new Set(['draft', 'on_sale', 'sold_out', 'cancelled', 'finished']);

export class Event extends Model {
  declare id: number;
  declare slug: string;
  declare title: string;
  declare status: string;
  declare startsAt: Date;
  declare descriptionHtml: string;
}

Event.init(
  { id: { type: DataTypes.INTEGER, primaryKey: true }, slug: DataTypes.STRING, title: DataTypes.STRING, status: DataTypes.STRING, startsAt: DataTypes.DATE, descriptionHtml: DataTypes.TEXT },
  { sequelize, tableName: 'events', underscored: true },
);
