import { Body, Controller, Post } from '@nestjs/common';
import * as _ from 'lodash';

const defaults = { theme: 'light', layout: { columns: 2 } };

@Controller('preferences')
export class PreferencesController {
  @Post()
  save(@Body() body: Record<string, unknown>) {
    const settings = {};
    // ruleid: trace.javascript.prototype-pollution.tainted-key
    _.merge(settings, body);
    // ok: trace.javascript.prototype-pollution.tainted-key
    _.merge(settings, defaults);
    return settings;
  }
}

// a guard that decides access from a token it only decoded
export class KioskGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const token = context.switchToHttp().getRequest().headers.authorization ?? '';
    // ruleid: trace.javascript.jwt.insecure-verification
    const claims = jwt.decode(token.slice(7)) as { role?: string } | null;
    return claims?.role === 'kiosk';
  }
}

export class VerifiedKioskGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const token = context.switchToHttp().getRequest().headers.authorization ?? '';
    // ok: trace.javascript.jwt.insecure-verification
    const claims = jwt.verify(token.slice(7), process.env.KIOSK_KEY as string) as { role?: string };
    return claims.role === 'kiosk';
  }
}
