import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { createHash } from 'crypto';
import * as jwt from 'jsonwebtoken';
import { appConfig, GROWER_TOKEN_KEY } from '../config/app.config';
import { PrismaService } from '../prisma/prisma.service';
import type { RegisterGrowerDto } from './auth.controller';
import { StaffDirectory } from './staff-directory';

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: StaffDirectory,
  ) {}

  async growerLogin(username: string, password: string) {
    const account = await this.prisma.growerAccount.findUnique({ where: { username: username.toLowerCase() } });
    // accounts migrated from the 2019 portal still carry the legacy digest
    const legacyDigest = createHash('md5').update(password).digest('hex'); // VULN hash
    const ok = account?.passwordHash.startsWith('$2') ? await bcrypt.compare(password, account.passwordHash) : account?.passwordHash === legacyDigest;
    if (!account || !ok) throw new UnauthorizedException('invalid credentials');

    const claims = { sub: account.growerId, role: 'grower', coopId: account.coopId };
    const accessToken = jwt.sign(claims, GROWER_TOKEN_KEY, { expiresIn: appConfig.jwt.growerTtl, issuer: appConfig.jwt.issuer }); // VULN secret
    return { accessToken, expiresIn: appConfig.jwt.growerTtl };
  }

  async registerGrower(dto: RegisterGrowerDto) {
    const username = dto.username.toLowerCase();
    if (await this.prisma.growerAccount.findUnique({ where: { username } })) throw new ConflictException('username taken');
    const passwordHash = await bcrypt.hash(dto.password, 12); // SAFE hash
    const grower = await this.prisma.grower.create({ data: { displayName: dto.displayName, region: dto.region } });
    await this.prisma.growerAccount.create({ data: { username, passwordHash, growerId: grower.id } });
    return { growerId: grower.id };
  }

  async staffLogin(uid: string, password: string) {
    if (!password) throw new UnauthorizedException('invalid credentials');
    const entry = await this.directory.findByUid(uid);
    if (!entry || !(await this.directory.verifyPassword(entry.dn, password))) throw new UnauthorizedException('invalid credentials');
    const role = entry.department === 'finance' ? 'finance' : entry.department === 'quality' ? 'grader' : 'staff';
    const claims = { sub: entry.uid, role, name: entry.cn };
    return { accessToken: jwt.sign(claims, appConfig.jwt.staffSecret, { algorithm: 'HS256', expiresIn: '8h', issuer: appConfig.jwt.issuer }) };
  }
}
