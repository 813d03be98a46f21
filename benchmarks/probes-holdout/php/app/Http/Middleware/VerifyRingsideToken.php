<?php

namespace App\Http\Middleware;

use App\Services\TokenService;
use Closure;
use Illuminate\Http\Request;
use RuntimeException;
use Symfony\Component\HttpFoundation\Response;

class VerifyRingsideToken
{
    public function __construct(private readonly TokenService $tokens)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $bearer = $request->bearerToken();
        if ($bearer === null) {
            return response()->json(['message' => 'Ringside token required'], 401);
        }

        try {
            $claims = $this->tokens->verifyRingsideToken($bearer);
        } catch (RuntimeException $e) {
            return response()->json(['message' => $e->getMessage()], 401);
        }

        $request->attributes->set('ringside_user', (int) $claims->sub);
        $request->attributes->set('ringside_ring', (int) $claims->ring);

        return $next($request);
    }
}
