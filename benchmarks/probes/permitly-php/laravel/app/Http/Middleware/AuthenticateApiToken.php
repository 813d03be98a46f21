<?php

namespace App\Http\Middleware;

use App\Services\TokenService;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Symfony\Component\HttpFoundation\Response;
use Throwable;

class AuthenticateApiToken
{
    public function __construct(private readonly TokenService $tokens)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $jwt = $request->bearerToken();
        if ($jwt === null || $jwt === '') {
            return response()->json(['error' => 'missing_token'], 401);
        }

        try {
            $claims = $this->tokens->decodeApiToken($jwt);
        } catch (Throwable $e) {
            Log::info('API token rejected', ['reason' => $e->getMessage(), 'ip' => $request->ip()]);
            return response()->json(['error' => 'invalid_token'], 401);
        }

        $scopes = preg_split('/\s+/', (string) ($claims->scope ?? ''), -1, PREG_SPLIT_NO_EMPTY);
        if (!in_array('permits:read', $scopes, true)) {
            return response()->json(['error' => 'insufficient_scope'], 403);
        }

        $request->attributes->set('api_client', (string) ($claims->sub ?? 'unknown'));
        $request->attributes->set('api_contractor_id', isset($claims->contractor_id) ? (int) $claims->contractor_id : null);

        return $next($request);
    }
}
