<?php

declare(strict_types=1);

namespace App\Service;

use Lcobucci\JWT\Encoding\JoseEncoder;
use Lcobucci\JWT\Token\Parser;
use Lcobucci\JWT\UnencryptedToken;
use RuntimeException;

/**
 * Reads the ID token handed back by the members' SSO (Keycloak realm
 * "members") after login on the map microsite.
 */
class TokenVerifier
{
    public function __construct(private string $issuer)
    {
    }

    /**
     * @return array{sub: string, email: string, name: string, roles: list<string>}
     */
    public function memberClaims(string $idToken): array
    {
        $token = (new Parser(new JoseEncoder()))->parse($idToken); // VULN jwt
        if (!$token instanceof UnencryptedToken) {
            throw new RuntimeException('Unsupported token');
        }
        $claims = $token->claims();
        if ($claims->get('iss') !== $this->issuer) {
            throw new RuntimeException('Token from unexpected issuer');
        }
        if ($token->isExpired(new \DateTimeImmutable())) {
            throw new RuntimeException('Token expired');
        }

        return [
            'sub' => (string)$claims->get('sub'),
            'email' => (string)$claims->get('email', ''),
            'name' => (string)$claims->get('name', ''),
            'roles' => (array)($claims->get('realm_access', [])['roles'] ?? []),
        ];
    }
}
