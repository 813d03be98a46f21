import { NextRequest, NextResponse } from "next/server";
import { exec } from "child_process";
import db from "@/lib/db";

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get("name");
  const rows = await db.query(`SELECT * FROM users WHERE name = '${name}'`); // VULN
  return NextResponse.json(rows);
}

export async function POST(request: Request) {
  const body = await request.json();
  exec(`convert ${body.file} out.png`); // VULN
  const { searchParams } = new URL(request.url);
  const rows = await db.query(`SELECT * FROM users WHERE id = '${searchParams.get("id")}'`); // VULN
  return NextResponse.json(rows);
}
