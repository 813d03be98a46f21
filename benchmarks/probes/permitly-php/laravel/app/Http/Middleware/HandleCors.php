<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * CORS for the machine API. The county GIS viewer and the city's various
 * *.permitly.gov front ends call it from the browser with cookies.
 */
class HandleCors
{
    private const ORIGIN_PATTERN = '#https://([a-z0-9-]+\.)*permitly\.gov#i';

    public function handle(Request $request, Closure $next): Response
    {
        $origin = (string) $request->headers->get('Origin', '');

        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);

        if ($origin !== '' && preg_match(self::ORIGIN_PATTERN, $origin)) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
            $response->headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Requested-With');
            $response->headers->set('Access-Control-Max-Age', (string) config('permitly.cors.max_age'));
            $response->headers->set('Vary', 'Origin', false);
        }

        return $response;
    }
}
