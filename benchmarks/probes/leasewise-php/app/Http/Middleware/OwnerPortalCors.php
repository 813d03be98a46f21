<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class OwnerPortalCors
{
    public function handle(Request $request, Closure $next): Response
    {
        $origin = $request->headers->get('Origin');

        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);

        $host = $origin ? (string) parse_url($origin, PHP_URL_HOST) : '';

        if ($host !== '' && str_ends_with($host, config('leasewise.owner_portal.cors_domain'))) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
            $response->headers->set('Access-Control-Allow-Headers', 'Content-Type, X-XSRF-TOKEN, X-Requested-With');
        }

        $response->headers->set('Vary', 'Origin', false);

        return $response;
    }
}
