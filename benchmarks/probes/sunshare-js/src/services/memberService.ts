import { prisma } from '@/lib/db';
import { hashPassword, newInviteCode } from '@/lib/crypto';
import * as members from '@/repositories/memberRepository';

const PAGE_SIZE = 25;

export interface MemberSearch {
  query: string;
  region: string | null;
  page: number;
}

export async function searchMembers(search: MemberSearch) {
  const offset = (search.page - 1) * PAGE_SIZE;
  // wildcards are added by the repository; strip the ones users paste from spreadsheets
  const term = search.query.trim().replace(/[%_]/g, '');
  if (term.length > 0) {
    return members.searchByName(term, PAGE_SIZE, offset);
  }
  if (search.region) {
    return members.searchByRegion(search.region, PAGE_SIZE, offset);
  }
  return members.searchByRegion('north', PAGE_SIZE, offset);
}

export async function getMemberSummary(memberId: number) {
  const row = await members.findById(memberId);
  if (!row) return null;
  return {
    ...row,
    estimatedAnnualKwh: row.share_count * 410,
  };
}

export async function inviteMember(input: { email: string; fullName: string; region: string; shares: number }) {
  return prisma.member.create({
    data: {
      email: input.email.toLowerCase(),
      fullName: input.fullName,
      displayName: input.fullName.split(' ')[0],
      region: input.region,
      shareCount: input.shares,
      inviteCode: newInviteCode(),
    },
  });
}

export async function claimInvite(inviteCode: string, password: string) {
  const member = await prisma.member.findUnique({ where: { inviteCode } });
  if (!member || member.status !== 'invited') return null;
  return prisma.member.update({
    where: { id: member.id },
    data: { passwordHash: await hashPassword(password), status: 'active', inviteCode: null },
  });
}

/** Light formatting for the public member profile: paragraphs, **bold** and _italic_. */
function renderBio(markdownish: string): string {
  return markdownish
    .split(/\n{2,}/)
    .map((para) =>
      `<p>${para
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/_(.+?)_/g, '<em>$1</em>')
        .replace(/\n/g, '<br/>')}</p>`,
    )
    .join('');
}

export async function updateMemberProfile(
  memberId: number,
  profile: { displayName: string; bio: string; motto: string },
) {
  return prisma.member.update({
    where: { id: memberId },
    data: {
      displayName: profile.displayName,
      motto: profile.motto,
      bio: profile.bio,
      bioHtml: renderBio(profile.bio),
    },
  });
}

export async function loadPublicProfile(memberId: number) {
  return prisma.member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      displayName: true,
      region: true,
      shareCount: true,
      bioHtml: true,
      motto: true,
      installer: { select: { companyName: true, website: true, statementNote: true } },
    },
  });
}
