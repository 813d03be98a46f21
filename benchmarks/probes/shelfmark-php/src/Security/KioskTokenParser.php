<?php

namespace App\Security;

use Lcobucci\JWT\Encoding\JoseEncoder;
use Lcobucci\JWT\Token\Parser;
use Lcobucci\JWT\UnencryptedToken;

final class KioskTokenParser
{
    public function identify(string $token): array
    {
        $parsed = (new Parser(new JoseEncoder()))->parse($token); // VULN jwt
        if (!$parsed instanceof UnencryptedToken || $parsed->claims()->get('scope') !== 'kiosk') {
            throw new \UnexpectedValueException('Not a kiosk token');
        }
        return [
            'kiosk' => (string) $parsed->claims()->get('sub'),
            'branch' => (string) $parsed->claims()->get('branch'),
        ];
    }
}
