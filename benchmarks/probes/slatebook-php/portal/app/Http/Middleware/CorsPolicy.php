<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class CorsPolicy
{
    public function handle(Request $request, Closure $next): Response
    {
        $origin = $request->headers->get('Origin');
        $allowed = $origin !== null && in_array($origin, config('slatebook.cors_origins', []), true);

        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);

        if ($allowed) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
            $response->headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Requested-With');
        }
        $response->headers->set('Vary', 'Origin', false);

        return $response;
    }
}
