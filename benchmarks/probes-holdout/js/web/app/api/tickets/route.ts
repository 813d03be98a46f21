import { NextRequest, NextResponse } from 'next/server';
import { searchTickets, getTicket } from '@/lib/tickets';
import { getSessionMember, verifyPartnerToken, hasRole } from '@/lib/session';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Front-of-house ticket lookup: stewards search by name or email on the door. */
export async function GET(request: NextRequest) {
  const caller = verifyPartnerToken() ?? getSessionMember();
  if (!hasRole(caller, 'front-of-house') && !hasRole(caller, 'box-office')) {
    return NextResponse.json({ error: 'Front-of-house access only' }, { status: 403 });
  }

  const { searchParams } = request.nextUrl;
  const id = searchParams.get('id');
  if (id) {
    if (!UUID.test(id)) return NextResponse.json({ error: 'Bad ticket id' }, { status: 400 });
    const ticket = await getTicket(id);
    return ticket ? NextResponse.json({ ticket }) : NextResponse.json({ error: 'Not found' }, { status: 404 });
  }

  const term = (searchParams.get('q') ?? '').trim();
  if (term.length < 2) {
    return NextResponse.json({ error: 'Type at least two characters' }, { status: 400 });
  }
  const concertId = searchParams.get('concert');
  const tickets = await searchTickets({
    term,
    concertId: concertId && UUID.test(concertId) ? concertId : undefined,
    limit: Math.min(Number(searchParams.get('limit')) || 25, 100),
  });
  return NextResponse.json({ tickets });
}
