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
