<?php

// ruleid: trace.php.hardcoded-credentials.literal-secret
$pdo = new PDO('mysql:host=db.internal;dbname=forum', 'forum_app', 'Tr0ffle!Forum#2019', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
// ok: trace.php.hardcoded-credentials.literal-secret
$pdo2 = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
// ruleid: trace.php.hardcoded-credentials.literal-secret
$link = mysqli_connect('db.internal', 'app', 's3cr3t-pass');
// ok: trace.php.hardcoded-credentials.literal-secret
$link2 = mysqli_connect('db.internal', 'app', $_ENV['DB_PASSWORD']);

// ruleid: trace.php.hardcoded-credentials.literal-secret
const API_SECRET = 'sk_live_51Habc9d8e7f6';
// ok: trace.php.hardcoded-credentials.literal-secret
const PASSWORD_FIELD = 'password_confirmation';

class Signer
{
    // ruleid: trace.php.hardcoded-credentials.literal-secret
    private const SIGNING_KEY = 'nl-5aUc13r-unsub-2022!kq';

    public function unsubscribeSignature(int $userId, string $list): string
    {
        // ruleid: trace.php.hardcoded-credentials.literal-secret
        return hash_hmac('sha256', $userId . '|' . $list, 'nl-5aUc13r-unsub-2022!kq');
    }

    public function signed(array $claims): string
    {
        // the constant is reported where it is declared, above, once
        // ok: trace.php.hardcoded-credentials.literal-secret
        return JWT::encode($claims, self::SIGNING_KEY, 'HS256');
    }

    public function webhook(string $payload): string
    {
        // ok: trace.php.hardcoded-credentials.literal-secret
        return hash_hmac('sha256', $payload, config('services.payments.webhook_secret'));
    }

    public function token(array $claims): string
    {
        // ruleid: trace.php.hardcoded-credentials.literal-secret
        $a = JWT::encode($claims, 'change-me-please', 'HS256');
        // ok: trace.php.hardcoded-credentials.literal-secret
        $b = JWT::encode($claims, config('services.jwt.secret'), 'HS256');
        // ruleid: trace.php.hardcoded-credentials.literal-secret
        $c = openssl_encrypt($claims['x'], 'aes-256-gcm', 'aaaabbbbccccdddd', 0, $iv, $tag);
        return $a;
    }

    public function resetToken(): string
    {
        $token = '';
        mt_srand((int) (microtime(true) * 1000));
        for ($i = 0; $i < 10; $i++) {
            // ruleid: trace.php.insecure-randomness.weak-random-secret
            $token .= self::RESET_ALPHABET[mt_rand(0, strlen(self::RESET_ALPHABET) - 1)];
        }
        return $token;
    }

    public function apiKey(): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        return 'sk_live_' . bin2hex(random_bytes(24));
    }

    public function shuffleDeck(array $cards): array
    {
        // not a secret
        // ok: trace.php.insecure-randomness.weak-random-secret
        $cut = mt_rand(0, count($cards) - 1);
        return array_merge(array_slice($cards, $cut), array_slice($cards, 0, $cut));
    }

    public function register(array $user): array
    {
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $user['password'] = substr(str_shuffle('abcdefghijkmnpqrstuvwxyz23456789'), 0, 10);
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $verificationCode = rand(100000, 999999);
        // ok: trace.php.insecure-randomness.weak-random-secret
        $otp = random_int(100000, 999999);
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $csrf = md5(uniqid());
        // ok: trace.php.insecure-randomness.weak-random-secret
        $cacheBuster = uniqid();
        return [$user, $verificationCode, $otp, $csrf, $cacheBuster];
    }
}

function forum_password_digest(string $password): string
{
    // ruleid: trace.php.weak-crypto.weak-password-hash
    return md5($password);
}

function passwords(array $data)
{
    // ok: trace.php.weak-crypto.weak-password-hash
    $a = password_hash($data['password'], PASSWORD_ARGON2ID);
    // ruleid: trace.php.weak-crypto.weak-password-hash
    $b = hash('sha256', $data['password']);
    // ruleid: trace.php.weak-crypto.weak-password-hash
    $c = sha1($_POST['password'] . 'pepper');
    // ok: trace.php.weak-crypto.weak-password-hash
    $d = hash('sha256', $data['reset_code']);
    // ruleid: trace.php.weak-crypto.weak-password-hash
    $e = crypt($data['password'], 'ab');
    // ok: trace.php.weak-crypto.weak-password-hash
    $f = crypt($data['password'], '$2y$12$' . $salt);
    // ok: trace.php.weak-crypto.weak-password-hash
    $etag = md5($body);
}

function ciphers($data, $key, $iv)
{
    // ruleid: trace.php.weak-crypto.weak-cipher
    $a = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);
    // ruleid: trace.php.weak-crypto.weak-cipher
    $b = openssl_encrypt($data, 'aes-128-ecb', $key);
    // ok: trace.php.weak-crypto.weak-cipher
    $c = openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag);
}

class DepositCodes
{
    // a code read out to release a hold is a secret, whatever it is called
    public function releaseCode(array $deposit): string
    {
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $code = str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT);
        return $code;
    }

    public function issue(array $deposit): array
    {
        // stored only as a password hash: a secret
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $pickup = (string) mt_rand(100000, 999999);
        $this->store($deposit['id'], password_hash($pickup, PASSWORD_DEFAULT));
        // ok: trace.php.insecure-randomness.weak-random-secret
        $kiosk = mt_rand(1, 12);
        return [$pickup, $kiosk];
    }

    public function issueSafely(array $deposit): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        $pickup = (string) random_int(100000, 999999);
        $this->store($deposit['id'], password_hash($pickup, PASSWORD_DEFAULT));
        return $pickup;
    }

    public function colourCode(): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        $shade = sprintf('#%06x', mt_rand(0, 0xFFFFFF));
        return $shade;
    }
}

final class KioskPins
{
    public function pinDigest(string $pin): string
    {
        // ruleid: trace.php.weak-crypto.weak-password-hash
        return md5($pin);
    }

    public function cardDigest(string $newPin, string $pinnedAt): array
    {
        // ruleid: trace.php.weak-crypto.weak-password-hash
        $a = hash('sha256', $newPin);
        // ok: trace.php.weak-crypto.weak-password-hash
        $b = md5($pinnedAt);
        // ok: trace.php.weak-crypto.weak-password-hash
        $c = password_hash($newPin, PASSWORD_ARGON2ID);
        return [$a, $b, $c];
    }
}


// a class named for making reset codes: what its generator returns is a secret
final class ResetCodes
{
    public static function numeric(int $digits = 6): string
    {
        $out = '';
        for ($i = 0; $i < $digits; $i++) {
            // ruleid: trace.php.insecure-randomness.weak-random-secret
            $out .= (string) mt_rand(0, 9);
        }
        return $out;
    }

    public static function link(): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        return bin2hex(random_bytes(32));
    }
}

final class PlaylistShuffler
{
    public function next(array $tracks): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        return $tracks[array_rand($tracks)];
    }
}

final class AppTokens
{
    private const MOBILE_APP_KEY = 'mob-9f2c1e7d55a04b3e8c61';
    private const ISSUER = 'tempo';

    public function mobile(array $claims): string
    {
        // a class constant holding a literal is a literal key, whatever its name
        // ruleid: trace.php.hardcoded-credentials.literal-secret
        return JWT::encode($claims, self::MOBILE_APP_KEY, 'HS256');
    }

    public function staff(array $claims): string
    {
        // ok: trace.php.hardcoded-credentials.literal-secret
        return JWT::encode($claims + ['iss' => self::ISSUER], $this->secret, 'HS256');
    }

    public function partner(array $claims): string
    {
        // a constant the class does not declare (a parent's) is not judged here
        // ok: trace.php.hardcoded-credentials.literal-secret
        return JWT::encode($claims, self::PARTNER_KEY_ENV, 'HS256');
    }
}

final class PinnedTokens
{
    private const ALGORITHM = 'HS256';

    public function verify(string $token): array
    {
        // a constant beside the key (the algorithm) is no key
        // ok: trace.php.hardcoded-credentials.literal-secret
        return (array) JWT::decode($token, new Key(config('app.jwt_secret'), self::ALGORITHM));
    }
}

// a configuration file's array: the key names a credential
$settings = [
    'paystream' => [
        // ruleid: trace.php.hardcoded-credentials.literal-secret
        'api_key' => 'sk_live_51NqPortal7Hc2xT9bWkQeR4mZs',
        // ok: trace.php.hardcoded-credentials.literal-secret
        'webhook_secret' => getenv('PAYSTREAM_WEBHOOK_SECRET') ?: '',
    ],
];
// a validation rule is no password
$rules = [
    // ok: trace.php.hardcoded-credentials.literal-secret
    'password' => 'required|string|min:12|confirmed',
    // ok: trace.php.hardcoded-credentials.literal-secret
    'password_confirmation' => 'same:password',
];

final class EmailVerification
{
    public function start(string $email): array
    {
        // a code stored under a key named for verification is a secret, whatever the variable
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $code = (string) mt_rand(100000, 999999);
        $this->db->insert('accounts', ['email' => $email, 'verify_code' => $code]);
        // a number stored under an ordinary key is not
        // ok: trace.php.insecure-randomness.weak-random-secret
        $slot = mt_rand(1, 8);
        $this->db->insert('shards', ['email' => $email, 'slot' => $slot]);

        return ['ok' => true];
    }
}

// a plain code in a class that issues secrets
class TenantInviteIssuer
{
    public function issue(int $tenantId): array
    {
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $code = str_pad((string) mt_rand(0, 99999999), 8, '0', STR_PAD_LEFT);
        // ok: trace.php.insecure-randomness.weak-random-secret
        $colour = mt_rand(0, 5);
        return ['tenant' => $tenantId, 'expires' => time() + 3600, 'c' => $code, 'k' => $colour];
    }
}

class ShelfLabelPrinter
{
    public function label(): string
    {
        // ok: trace.php.insecure-randomness.weak-random-secret
        $code = 'SH-' . mt_rand(100, 999);
        return $code;
    }
}

class VisitorDesk
{
    public function checkIn(array $data): array
    {
        // ruleid: trace.php.insecure-randomness.weak-random-secret
        $data['pass_code'] = str_pad((string) rand(0, 999999), 6, '0', STR_PAD_LEFT);
        // ok: trace.php.insecure-randomness.weak-random-secret
        $data['badge_colour'] = rand(0, 5);
        return $data;
    }
}

class ReaderDiagnosticsClient
{
    private string $controllerUrl = 'https://badges.internal.example/api/v1';
    // ruleid: trace.php.hardcoded-credentials.literal-secret
    private string $controllerToken = 'bdg_live_4e7f1c9a2d6b8e03f5a7c1d9e2b4f6a8';
    // ok: trace.php.hardcoded-credentials.literal-secret
    private string $tokenCookie = 'deskrow_session_token';
    // ok: trace.php.hardcoded-credentials.literal-secret
    private string $refreshToken = 'refresh_token';
}

function queueConnection(string $host): object
{
    // ruleid: trace.php.hardcoded-credentials.literal-secret
    return new AMQPStreamConnection($host, 5672, 'lampkeep_app', 'Fr3snel-Lens#1858', '/lampkeep');
}

function queueConnectionFromEnv(string $host): object
{
    // ok: trace.php.hardcoded-credentials.literal-secret
    return new AMQPStreamConnection($host, 5672, 'lampkeep_app', getenv('AMQP_PASSWORD'), '/lampkeep');
}
