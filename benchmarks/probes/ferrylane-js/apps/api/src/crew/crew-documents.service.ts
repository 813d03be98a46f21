import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import { createReadStream, promises as fsp, ReadStream } from 'fs';
import { Model } from 'mongoose';
import * as path from 'path';
import { AuthUser } from '../common/guards/jwt-auth.guard';
import { isSafeFileName, resolveInside } from '../common/util/input-guards';
import { CertificateUploadDto } from './dto/crew.dto';
import { CrewMember, CrewMemberDocument } from './crew.schemas';

const ALLOWED_UPLOAD_TYPES = new Map([
  ['application/pdf', '.pdf'],
  ['image/jpeg', '.jpg'],
  ['image/png', '.png'],
]);

@Injectable()
export class CrewDocumentsService {
  private readonly root: string;
  private readonly sharedRoot: string;

  constructor(
    config: ConfigService,
    @InjectModel(CrewMember.name) private readonly members: Model<CrewMemberDocument>,
  ) {
    this.root = path.join(config.getOrThrow<string>('storage.documentRoot'), 'crew');
    this.sharedRoot = path.join(config.getOrThrow<string>('storage.documentRoot'), 'shared');
  }

  private assertAccess(user: AuthUser, crewId: string): void {
    const planner = user.roles.some((r) => r === 'purser' || r === 'admin');
    if (!planner && user.crewId !== crewId) {
      throw new ForbiddenException('Not your documents');
    }
  }

  /** Certificates, medicals and ID scans kept per crew member. */
  openCrewDocument(user: AuthUser, crewId: string, fileName: string): ReadStream {
    this.assertAccess(user, crewId);
    const fullPath = path.join(this.root, crewId, fileName);
    return createReadStream(fullPath); // VULN path
  }

  /** Company-wide documents: safety manual, SMS procedures, port guides. */
  async readSharedDocument(name: string): Promise<{ body: Buffer; fileName: string }> {
    if (name.includes('..') || path.isAbsolute(name)) {
      throw new BadRequestException('Invalid document name');
    }
    const relative = decodeURIComponent(name);
    try {
      const body = await fsp.readFile(path.join(this.sharedRoot, relative)); // VULN path
      return { body, fileName: path.basename(relative) };
    } catch {
      throw new NotFoundException('Document not found');
    }
  }

  async storeCertificate(
    user: AuthUser,
    crewId: string,
    meta: CertificateUploadDto,
    file: { originalname: string; mimetype: string; buffer: Buffer },
  ): Promise<string> {
    this.assertAccess(user, crewId);
    const ext = ALLOWED_UPLOAD_TYPES.get(file.mimetype);
    if (!ext) {
      throw new BadRequestException('Only PDF, JPEG or PNG files are accepted');
    }
    const baseName = `${meta.kind}-${meta.number}`.replace(/[^A-Za-z0-9-]/g, '_');
    const fileName = `${baseName}${ext}`;
    if (!isSafeFileName(fileName)) {
      throw new BadRequestException('Unsupported certificate reference');
    }
    const target = resolveInside(this.root, crewId, fileName);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, file.buffer, { mode: 0o640 }); // SAFE path
    await this.members.updateOne(
      { crewId: { $eq: crewId } },
      { $push: { certificates: { kind: meta.kind, number: meta.number, expiresOn: meta.expiresOn, fileName } } },
    );
    return fileName;
  }
}
