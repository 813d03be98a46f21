<?php

use Illuminate\Support\Str;

return [

    'driver' => env('SESSION_DRIVER', 'database'),

    'lifetime' => (int) env('SESSION_LIFETIME', 120),

    'expire_on_close' => false,

    'encrypt' => false,

    'connection' => env('SESSION_CONNECTION'),

    'table' => 'sessions',

    'cookie' => env('SESSION_COOKIE', Str::slug(env('APP_NAME', 'permitly'), '_') . '_session'),

    'path' => '/',

    'domain' => env('SESSION_DOMAIN', '.permitly.gov'),

    'secure' => true,

    'http_only' => true,

    /*
    | The portal is embedded in the county GIS viewer and the payments site
    | (both on other registrable domains), so the session cookie has to be
    | sent on cross-site requests.
    */
    'same_site' => 'none',

    'partitioned' => false,
];
