<?php

namespace App\Http\Middleware;

use Illuminate\Cookie\Middleware\EncryptCookies as Middleware;

class EncryptCookies extends Middleware
{
    /**
     * Cookies written by the storefront JavaScript bundle.
     */
    protected $except = [
        'saucier_cart',
        'saucier_consent',
    ];
}
