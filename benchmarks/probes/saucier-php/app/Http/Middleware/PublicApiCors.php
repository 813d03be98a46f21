<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class PublicApiCors
{
    public function handle(Request $request, Closure $next): Response
    {
        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);

        $origin = (string) $request->headers->get('Origin', '');
        $allowed = in_array($origin, config('services.cors.allowed_origins'), true);

        if ($allowed) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Access-Control-Allow-Methods', 'GET, OPTIONS');
        }
        $response->headers->set('Vary', 'Origin');

        return $response;
    }
}
