import { Prisma } from '@prisma/client';
import { prisma } from '../lib/db';

export const userRepository = {
  findByEmail(email: string) {
    return prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  },

  findById(id: string) {
    return prisma.user.findUnique({ where: { id } });
  },

  create(data: { email: string; role: string; carrierId?: string | null; passwordHash: string; passwordAlgo: string }) {
    return prisma.user.create({ data: { ...data, email: data.email.toLowerCase() } });
  },

  savePreferences(id: string, preferences: Prisma.InputJsonValue) {
    return prisma.user.update({ where: { id }, data: { preferences } });
  },

  setResetToken(id: string, resetToken: string | null) {
    return prisma.user.update({ where: { id }, data: { resetToken } });
  },
};
