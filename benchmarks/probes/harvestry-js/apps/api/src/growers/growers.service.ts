import { Injectable, NotFoundException } from '@nestjs/common';
import { GrowersRepository } from './growers.repository';

export interface GrowerFilter {
  name?: string;
  region?: string;
  certifiedOnly?: boolean;
}

@Injectable()
export class GrowersService {
  constructor(private readonly repo: GrowersRepository) {}

  search(filter: GrowerFilter) {
    return this.repo.findByFilter({ ...filter, name: filter.name?.trim() || undefined, region: filter.region?.trim() || undefined });
  }

  inRegion(region: string) {
    return this.repo.inRegion(region.trim());
  }

  withCertification(scheme: string) {
    return this.repo.withCertification(scheme.toUpperCase());
  }

  async findOne(id: number) {
    const [grower] = await this.repo.findById(id);
    if (!grower) throw new NotFoundException(`grower ${id} not found`);
    return grower;
  }
}
