import { prisma } from '../lib/db';

export const carrierRepository = {
  findById(id: string) {
    return prisma.carrier.findUnique({ where: { id } });
  },

  findByCode(code: string) {
    return prisma.carrier.findUnique({ where: { code } });
  },

  setRiskFormula(id: string, riskFormula: string) {
    return prisma.carrier.update({ where: { id }, data: { riskFormula } });
  },

  setFooterTemplate(id: string, footerTemplate: string) {
    return prisma.carrier.update({ where: { id }, data: { footerTemplate } });
  },

  listWebhooks(carrierId: string, event: string) {
    return prisma.webhook.findMany({ where: { carrierId, event, active: true } });
  },

  createWebhook(data: { carrierId: string; event: string; targetUrl: string; secret: string }) {
    return prisma.webhook.create({ data });
  },

  deactivateWebhook(carrierId: string, id: string) {
    return prisma.webhook.updateMany({ where: { id, carrierId }, data: { active: false } });
  },
};
