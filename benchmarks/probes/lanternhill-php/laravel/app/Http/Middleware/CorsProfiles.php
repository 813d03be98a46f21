<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * CORS handling per route group:
 *   CorsProfiles:partner  – partner box-office apps (configured origins only)
 *   CorsProfiles:embed    – the seat map widget embedded on community and
 *                           school sites; the visitor's hub session cookie is
 *                           sent along so the widget can show their own holds.
 */
class CorsProfiles
{
    public function handle(Request $request, Closure $next, string $profile = 'partner'): Response
    {
        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);
        $origin = $request->headers->get('Origin');
        if ($origin === null || $origin === '') {
            return $response;
        }

        return match ($profile) {
            'embed' => $this->embed($response, $origin),
            default => $this->partner($response, $origin),
        };
    }

    private function partner(Response $response, string $origin): Response
    {
        if (!in_array($origin, config('partners.cors_origins'), true)) {
            return $response;
        }

        $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
        $response->headers->set('Access-Control-Allow-Credentials', 'true');
        $response->headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        $response->headers->set('Vary', 'Origin', false);

        return $response;
    }

    private function embed(Response $response, string $origin): Response
    {
        $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
        $response->headers->set('Access-Control-Allow-Credentials', 'true');
        $response->headers->set('Access-Control-Allow-Methods', 'GET, OPTIONS');
        $response->headers->set('Vary', 'Origin', false);

        return $response;
    }
}
