<?php

return [
    // origins of partner box-office apps allowed to call the partner API from a browser
    'cors_origins' => array_filter(explode(',', (string) env('PARTNER_CORS_ORIGINS', 'https://tickets.tri-county-arts.org,https://boxoffice.cityvenues.net'))),

    // hosts a partner checkout may send the buyer back to
    'return_hosts' => ['tickets.tri-county-arts.org', 'boxoffice.cityvenues.net'],

    'hold_minutes' => (int) env('PARTNER_HOLD_MINUTES', 15),
];
