import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GrowerFilter } from './growers.service';

type Row = Record<string, unknown>;

const BASE_COLUMNS = 'g.id, g.display_name, g.region, g.certification, g.season_volume_kg';

@Injectable()
export class GrowersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private growers() {
    return this.dataSource.createQueryBuilder().select(BASE_COLUMNS).from('growers', 'g');
  }

  findById(id: number): Promise<Row[]> {
    return this.dataSource.query(`SELECT ${BASE_COLUMNS} FROM growers g WHERE g.id = $1`, [id]); // SAFE sqli
  }

  findByFilter(filter: GrowerFilter): Promise<Row[]> {
    const clauses = ['g.active = true'];
    if (filter.name) clauses.push(`g.display_name ILIKE '%${filter.name}%'`);
    if (filter.certifiedOnly) clauses.push('g.certification IS NOT NULL');
    const sql = `SELECT ${BASE_COLUMNS} FROM growers g WHERE ${clauses.join(' AND ')} ORDER BY g.display_name LIMIT 100`;
    return this.dataSource.query(sql); // VULN sqli
  }

  inRegion(region: string): Promise<Row[]> {
    return this.growers()
      .where(`g.region = '${region}' AND g.active = true`) // VULN sqli
      .orderBy('g.season_volume_kg', 'DESC')
      .getRawMany();
  }

  withCertification(scheme: string): Promise<Row[]> {
    return this.growers()
      .where('g.certification = :scheme AND g.active = true', { scheme }) // SAFE sqli
      .getRawMany();
  }
}
