<?php
declare(strict_types=1);

/**
 * The counter app keeps the cart in a cookie so a half-finished sale
 * survives a browser crash on the box office PC.
 *
 * Current format (lh_cart):    base64(serialize(cart)) . "." . hmac
 * Old format     (lh_cart_v1): base64(serialize(cart)), from the 2014 site
 */
class CartCookie
{
    public const NAME = 'lh_cart';
    public const LEGACY_NAME = 'lh_cart_v1';

    /** @var string */
    private $key;

    public function __construct(string $key)
    {
        if (strlen($key) < 32) {
            throw new RuntimeException('LH_CART_KEY must be at least 32 bytes');
        }
        $this->key = $key;
    }

    public function restore(?string $cookie): array
    {
        if ($cookie === null || substr_count($cookie, '.') !== 1) {
            return $this->emptyCart();
        }

        [$payload, $mac] = explode('.', $cookie, 2);
        if (!hash_equals(hash_hmac('sha256', $payload, $this->key), $mac)) {
            return $this->emptyCart();
        }

        $cart = unserialize((string) base64_decode($payload, true), ['allowed_classes' => false]); // SAFE deser
        return is_array($cart) ? $cart + $this->emptyCart() : $this->emptyCart();
    }

    /**
     * Carts started on the old site are imported once, then re-issued in the
     * current format.
     */
    public function restoreLegacy(?string $cookie): array
    {
        if ($cookie === null || $cookie === '') {
            return $this->emptyCart();
        }

        $cart = unserialize(base64_decode($cookie)); // VULN deser
        if (!is_array($cart) || !isset($cart['seats'])) {
            return $this->emptyCart();
        }

        return [
            'performance_id' => (int) ($cart['performance_id'] ?? $cart['perf'] ?? 0),
            'seats' => array_values((array) $cart['seats']),
            'patron_id' => (int) ($cart['patron_id'] ?? 0),
        ];
    }

    public function store(array $cart): void
    {
        $payload = base64_encode(serialize($cart));
        $value = $payload . '.' . hash_hmac('sha256', $payload, $this->key);
        setcookie(self::NAME, $value, ['expires' => time() + 7200, 'path' => '/legacy/', 'httponly' => true, 'samesite' => 'Lax', 'secure' => true]);
    }

    public function clear(): void
    {
        setcookie(self::NAME, '', ['expires' => 1, 'path' => '/legacy/']);
        setcookie(self::LEGACY_NAME, '', ['expires' => 1, 'path' => '/']);
    }

    private function emptyCart(): array
    {
        return ['performance_id' => 0, 'seats' => [], 'patron_id' => 0];
    }
}
