import { NextRequest, NextResponse } from 'next/server';
import { getSession } from '@/lib/auth';
import { jsonError } from '@/lib/web';
import {
  findMemberStatements,
  findSharedStatement,
  readAnnualSummary,
  readStatementFile,
  renderStatementPdf,
} from '@/services/statementService';

export const dynamic = 'force-dynamic';

/** GET /api/statements?file=2024/03.pdf | ?year=2023 | ?id=<statementId>&title=...&paper=A4 */
export async function GET(req: NextRequest) {
  const session = await getSession();
  if (!session) return jsonError(401, 'Sign in required');
  const params = req.nextUrl.searchParams;

  const file = params.get('file');
  if (file) {
    const pdf = await readStatementFile(session.memberId, file);
    return new NextResponse(pdf, { headers: { 'content-type': 'application/pdf' } });
  }

  const year = params.get('year');
  if (year) {
    const pdf = await readAnnualSummary(session.memberId, year, params.get('title') ?? `Sunshare annual summary ${year}`);
    return new NextResponse(pdf, { headers: { 'content-type': 'application/pdf' } });
  }

  const id = params.get('id');
  if (id) {
    const pdf = await renderStatementPdf(session.memberId, id, {
      title: params.get('title') ?? 'Sunshare monthly statement',
      paper: params.get('paper') ?? 'A4',
    });
    return new NextResponse(pdf, {
      headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="statement.pdf"' },
    });
  }
  return jsonError(400, 'Specify file, year or id');
}

/** POST /api/statements  { mode: 'mine', period?, minKwh? } | { mode: 'shared', period, shareCode } */
export async function POST(req: NextRequest) {
  const body = await req.json();

  if (body.mode === 'shared') {
    const statement = await findSharedStatement(body.period, body.shareCode);
    return statement ? NextResponse.json(statement) : jsonError(404, 'No statement for that code');
  }

  const session = await getSession();
  if (!session) return jsonError(401, 'Sign in required');
  const statements = await findMemberStatements(session.memberId, body.period, body.minKwh);
  return NextResponse.json(statements);
}
