<?php

namespace App\Http\Middleware;

use App\Services\StaffTokenService;
use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class ResolveStaffFromToken
{
    public function __construct(private readonly StaffTokenService $tokens) {}

    public function handle(Request $request, Closure $next): Response
    {
        $claims = $this->tokens->peekClaims((string) $request->header('Authorization', ''));

        if (! in_array($claims['role'] ?? null, ['admin', 'teacher'], true)) {
            abort(401, 'Staff token required.');
        }
        $request->attributes->set('staff', ['dn' => $claims['sub'] ?? null, 'name' => $claims['name'] ?? null, 'role' => $claims['role']]);

        return $next($request);
    }
}
