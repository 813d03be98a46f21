<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * The ringside SPA and per-show ringside subdomains (e.g.
 * crufts-qualifier.showring.example.org) call the API with the session cookie.
 */
class ApiCors
{
    private const PER_SHOW_ORIGIN = '/^https:\/\/[a-z0-9-]+\.showring\.example\.org/';

    public function handle(Request $request, Closure $next): Response
    {
        $response = $request->isMethod('OPTIONS') ? response('', 204) : $next($request);
        $origin = (string) $request->headers->get('Origin', '');

        if ($origin === '') {
            return $response;
        }

        if (in_array($origin, config('showring.cors.allowed_origins'), true)) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
            $this->withCredentials($response);
        } elseif (preg_match(self::PER_SHOW_ORIGIN, $origin) === 1) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $this->withCredentials($response);
        }

        return $response;
    }

    private function withCredentials(Response $response): void
    {
        $response->headers->set('Access-Control-Allow-Credentials', 'true');
        $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        $response->headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Requested-With');
        $response->headers->set('Vary', 'Origin', false);
    }
}
