import { NextRequest, NextResponse } from 'next/server';
import { MongoClient } from 'mongodb';

const mongo = new MongoClient(process.env.MONGO_URL ?? '');

export async function PUT(request: NextRequest) {
  const body = await request.json();
  const owners = mongo.db('clinic').collection('owners');
  // ruleid: trace.javascript.nosql-injection.operator-injection
  const owner = await owners.findOne({ email: body.email, accessCode: body.accessCode });
  // ok: trace.javascript.nosql-injection.operator-injection
  const same = await owners.findOne({ email: String(body.email), accessCode: String(body.accessCode) });
  return NextResponse.json({ ok: Boolean(owner && same) });
}

export async function confirmReset(ctx: { request: { body: unknown } }, owners: any) {
  const { email, code } = ctx.request.body as { email: string; code: unknown };
  // ruleid: trace.javascript.nosql-injection.operator-injection
  const account = await owners.findOneAndUpdate({ email: String(email), resetCode: code }, { $unset: { resetCode: '' } });
  // ok: trace.javascript.nosql-injection.operator-injection
  const same = await owners.findOne({ email: String(email), resetCode: String(code) });
  return account && same;
}
