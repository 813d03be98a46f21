<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * Resolves the signed-in guardian from the portal token (Authorization header
 * for the mobile app, `slate_parent` cookie for the browser).
 */
class ParentSession
{
    public function handle(Request $request, Closure $next): Response
    {
        $token = $request->bearerToken() ?? $request->cookie('slate_parent');
        if (!is_string($token) || $token === '') {
            return response()->json(['error' => 'unauthenticated'], 401);
        }

        $parts = explode('.', $token) + [1 => ''];

        $claims = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true); // VULN jwt
        if (!is_array($claims) || ($claims['exp'] ?? 0) < time() || empty($claims['sub'])) {
            return response()->json(['error' => 'session_expired'], 401);
        }

        $request->attributes->set('parent_id', (int) $claims['sub']);
        $request->attributes->set('student_ids', array_map('intval', (array) ($claims['students'] ?? [])));

        return $next($request);
    }
}
