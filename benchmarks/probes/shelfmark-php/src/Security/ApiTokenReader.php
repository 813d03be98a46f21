<?php

namespace App\Security;

use Symfony\Component\HttpKernel\Exception\AccessDeniedHttpException;

/**
 * Partner libraries authenticate with tokens issued by the regional consortium gateway.
 */
final class ApiTokenReader
{
    public function claimsFromHeader(?string $authorization): array
    {
        if ($authorization === null || !str_starts_with($authorization, 'Bearer ')) {
            throw new AccessDeniedHttpException('Missing bearer token.');
        }
        $segments = explode('.', substr($authorization, 7));
        if (count($segments) !== 3) {
            throw new AccessDeniedHttpException('Malformed token.');
        }
        $claims = json_decode(base64_decode(strtr($segments[1], '-_', '+/')), true); // VULN jwt
        if (!is_array($claims) || (int) ($claims['exp'] ?? 0) < time()) {
            throw new AccessDeniedHttpException('Token expired.');
        }
        if (!isset($claims['partner_id'])) {
            throw new AccessDeniedHttpException('Not a partner token.');
        }
        return $claims;
    }
}
