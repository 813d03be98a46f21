import { Controller, Get, HostParam, ParseIntPipe } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Ctx, EventPattern, MessagePattern, Payload, RmqContext } from '@nestjs/microservices';
import { exec } from 'node:child_process';
import { DataSource } from 'typeorm';

// NestJS microservices: a message handler's first parameter is the message's payload,
// with or without @Payload()
@Controller()
export class ThumbnailsController {
  constructor(private readonly db: DataSource) {}

  @MessagePattern('thumbnail.render')
  render(@Payload() job: { file: string }) {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(`convert ${job.file} -resize 200x200 /srv/thumbs/out.png`);
  }

  @EventPattern('thumbnail.purge')
  async purge(data: { folder: string }, @Ctx() context: RmqContext) {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(`rm -rf /srv/thumbs/${data.folder}`);
  }

  @MessagePattern({ cmd: 'thumbnail.count' })
  count(@Payload('owner') owner: string) {
    // ruleid: trace.javascript.sql-injection.tainted-query
    return this.db.query(`SELECT count(*) FROM thumbs WHERE owner = '${owner}'`);
  }

  @MessagePattern({ cmd: 'thumbnail.get' })
  get(@Payload('id', ParseIntPipe) id: number) {
    // ok: trace.javascript.sql-injection.tainted-query
    return this.db.query(`SELECT * FROM thumbs WHERE id = ${id}`);
  }

  @Cron('0 * * * *')
  sweep(folder = 'tmp') {
    // ok: trace.javascript.command-injection.tainted-shell-command
    exec(`rm -rf /srv/thumbs/${folder}`);
  }
}

// @HostParam: a segment of the Host header (`@Controller({ host: ':account.example.com' })`)
@Controller({ host: ':account.example.com' })
export class AccountController {
  constructor(private readonly db: DataSource) {}

  @Get()
  show(@HostParam('account') account: string) {
    // ruleid: trace.javascript.sql-injection.tainted-query
    return this.db.query(`SELECT * FROM accounts WHERE slug = '${account}'`);
  }
}
