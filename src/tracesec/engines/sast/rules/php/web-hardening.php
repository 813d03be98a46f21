<?php

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use GuzzleHttp\Client;
use Illuminate\Support\Facades\Http;

function parse_catalogue(string $path, string $xml)
{
    // ruleid: trace.php.xxe.entity-expansion
    $a = simplexml_load_file($path, 'SimpleXMLElement', LIBXML_NOENT | LIBXML_DTDLOAD);
    // ok: trace.php.xxe.entity-expansion
    $b = simplexml_load_file($path, 'SimpleXMLElement', LIBXML_NONET);
    // ok: trace.php.xxe.entity-expansion
    $c = simplexml_load_string($xml);
    $doc = new DOMDocument();
    // ruleid: trace.php.xxe.entity-expansion
    $doc->loadXML($xml, LIBXML_NOENT);
    // ok: trace.php.xxe.entity-expansion
    $doc->load($path, LIBXML_NONET);
    // ruleid: trace.php.xxe.entity-expansion
    libxml_disable_entity_loader(false);
    // ok: trace.php.xxe.entity-expansion
    libxml_disable_entity_loader(true);
    // ruleid: trace.php.xxe.entity-expansion
    $doc->substituteEntities = true;
    // ruleid: trace.php.xxe.entity-expansion
    $e = new SimpleXMLElement($xml, LIBXML_DTDLOAD);
}

function fetch_catalogue($url)
{
    $ch = curl_init($url);
    // ruleid: trace.php.tls-verification.verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: trace.php.tls-verification.verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    // ok: trace.php.tls-verification.verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: trace.php.tls-verification.verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        // ruleid: trace.php.tls-verification.verification-disabled
        CURLOPT_SSL_VERIFYPEER => false,
    ]);
    // ruleid: trace.php.tls-verification.verification-disabled
    $client = new Client(['base_uri' => $url, 'verify' => false]);
    // ok: trace.php.tls-verification.verification-disabled
    $client2 = new Client(['base_uri' => $url, 'verify' => '/etc/ssl/certs/ca-certificates.crt']);
    $response = Http::baseUrl($url)
        // ruleid: trace.php.tls-verification.verification-disabled
        ->withOptions(['verify' => false])
        ->get('/v2/catalogue');
    $response2 = Http::baseUrl($url)
        // ok: trace.php.tls-verification.verification-disabled
        ->withOptions(['verify' => config('services.supplier.ca_bundle')])
        ->get('/v2/catalogue');
    // ruleid: trace.php.tls-verification.verification-disabled
    $response3 = Http::withoutVerifying()->get($url);
    $ctx = stream_context_create(['ssl' => [
        // ruleid: trace.php.tls-verification.verification-disabled
        'verify_peer' => false,
        // ok: trace.php.tls-verification.verification-disabled
        'verify_peer_name' => true,
    ]]);
    // a feature flag of the same name is no TLS option
    // ok: trace.php.tls-verification.verification-disabled
    return ['verify' => false];
}

class TokenService
{
    public function verify(string $token): array
    {
        // ok: trace.php.jwt.unverified-token
        $decoded = JWT::decode($token, new Key(config('services.jwt.secret'), 'HS256'));
        return (array) $decoded;
    }

    public function peekSubject(string $token): ?int
    {
        $segments = explode('.', $token);
        if (count($segments) < 2) {
            return null;
        }
        // ruleid: trace.php.jwt.unverified-token
        $payload = json_decode(JWT::urlsafeB64Decode($segments[1]), true);
        return isset($payload['sub']) ? (int) $payload['sub'] : null;
    }

    public function claims(string $jwt): array
    {
        [$header, $body, $sig] = explode('.', $jwt);
        // ruleid: trace.php.jwt.unverified-token
        return json_decode(base64_decode(strtr($body, '-_', '+/')), true);
    }

    public function padded(string $token): array
    {
        $parts = explode('.', $token) + [1 => ''];
        // ruleid: trace.php.jwt.unverified-token
        return json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    }

    public function checked(string $jwt): ?array
    {
        $parts = explode('.', $jwt);
        $expected = hash_hmac('sha256', $parts[0] . '.' . $parts[1], getenv('JWT_SECRET'), true);
        if (!hash_equals($expected, base64_decode(strtr($parts[2], '-_', '+/')))) {
            return null;
        }
        // ok: trace.php.jwt.unverified-token
        return json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    }

    public function legacy(string $jwt)
    {
        // ruleid: trace.php.jwt.unverified-token
        return JWT::decode($jwt, getenv('JWT_SECRET'), ['HS256', 'none']);
    }
}

class DeviceTokens
{
    public function __construct(private string $publicKey, private string $secret, private array $jwtConfig) {}

    public function decode(string $token): object
    {
        $header = json_decode(JWT::urlsafeB64Decode(explode('.', $token)[0]), true) ?: [];
        if (($header['kid'] ?? '') === 'device') {
            // ruleid: trace.php.jwt.algorithm-from-token
            return JWT::decode($token, new Key($this->publicKey, $header['alg'] ?? 'RS256'));
        }
        // ok: trace.php.jwt.algorithm-from-token
        return JWT::decode($token, new Key($this->secret, 'HS256'));
    }

    public function decodeObject(string $token): object
    {
        $head = JWT::jsonDecode(JWT::urlsafeB64Decode(explode('.', $token)[0]));
        // ruleid: trace.php.jwt.algorithm-from-token
        return JWT::decode($token, [$head->kid => new Key($this->publicKey, $head->alg)]);
    }

    public function configured(string $token): object
    {
        $config = $this->jwtConfig;
        // ok: trace.php.jwt.algorithm-from-token
        return JWT::decode($token, new Key($this->secret, $config['alg']));
    }
}

use Lcobucci\JWT\Encoding\JoseEncoder;
use Lcobucci\JWT\Token\Parser;

final class KioskTokens
{
    public function identify(string $token): array
    {
        // ruleid: trace.php.jwt.unverified-token
        $parsed = (new Parser(new JoseEncoder()))->parse($token);
        return ['kiosk' => (string) $parsed->claims()->get('sub')];
    }

    public function checked(string $jwt): array
    {
        $parser = new Parser(new JoseEncoder());
        // ok: trace.php.jwt.unverified-token
        $token = $parser->parse($jwt);
        if (!$this->validator->validate($token, new SignedWith($this->signer, $this->key))) {
            throw new \RuntimeException('Invalid token');
        }
        return $token->claims()->all();
    }

    public function fromConfig(string $jwt): array
    {
        // ok: trace.php.jwt.unverified-token
        $token = $this->jwtConfig->parser()->parse($jwt);
        $this->jwtConfig->validator()->assert($token, ...$this->jwtConfig->validationConstraints());
        return $token->claims()->all();
    }

    public function unchecked(string $jwt): array
    {
        // ruleid: trace.php.jwt.unverified-token
        $token = $this->jwtConfig->parser()->parse($jwt);
        return $token->claims()->all();
    }

    public function settings(string $yaml): array
    {
        // a YAML parser is no JWT parser
        $parser = new Parser();
        // ok: trace.php.jwt.unverified-token
        return $parser->parse($yaml);
    }
}
