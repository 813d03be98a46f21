<?php

namespace App\Http\Middleware;

use Closure;
use Firebase\JWT\JWT;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * Partner apps call us with "Authorization: Bearer <jwt>". The partner name
 * in the token decides which holds they may see and release.
 */
class PartnerTokenMiddleware
{
    public function handle(Request $request, Closure $next): Response
    {
        $token = $request->bearerToken();
        if ($token === null || substr_count($token, '.') !== 2) {
            return response()->json(['error' => 'missing_token'], 401);
        }

        $segments = explode('.', $token);
        try {
            $claims = JWT::jsonDecode(JWT::urlsafeB64Decode($segments[1])); // VULN jwt
        } catch (\Throwable) {
            return response()->json(['error' => 'malformed_token'], 401);
        }

        if (!isset($claims->exp) || $claims->exp < time() || empty($claims->partner)) {
            return response()->json(['error' => 'expired_token'], 401);
        }

        $request->attributes->set('partner', (string) $claims->partner);
        $request->attributes->set('partner_scopes', (array) ($claims->scope ?? []));

        return $next($request);
    }
}
