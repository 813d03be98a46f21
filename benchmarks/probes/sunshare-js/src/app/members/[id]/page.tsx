import { notFound } from 'next/navigation';
import { escapeHtml } from '@/lib/html';
import { loadPublicProfile } from '@/services/memberService';
import StatementNote from '@/components/StatementNote';

export const revalidate = 300;

export default async function MemberProfilePage({ params }: { params: { id: string } }) {
  const memberId = Number(params.id);
  if (!Number.isInteger(memberId) || memberId <= 0) notFound();

  const member = await loadPublicProfile(memberId);
  if (!member) notFound();

  const mottoHtml = escapeHtml(member.motto).replace(/\n/g, '<br/>');

  return (
    <main className="profile">
      <header className="profile__header">
        <h1>{member.displayName}</h1>
        <span className="badge">{member.shareCount} panel shares · {member.region}</span>
      </header>

      <blockquote className="profile__motto" dangerouslySetInnerHTML={{ __html: mottoHtml }} /> {/* SAFE xss */}

      <section className="profile__bio">
        <h2>About</h2>
        <div dangerouslySetInnerHTML={{ __html: member.bioHtml }} /> {/* VULN xss */}
      </section>

      {member.installer && (
        <section className="profile__installer">
          <h2>Installed by {member.installer.companyName}</h2>
          <StatementNote
            note={member.installer.statementNote ?? ''}
            installerName={member.installer.companyName}
            installerWebsite={member.installer.website ?? ''}
          />
        </section>
      )}
    </main>
  );
}
