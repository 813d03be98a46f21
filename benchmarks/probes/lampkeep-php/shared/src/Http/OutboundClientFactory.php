<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Http;

use GuzzleHttp\Client;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use Psr\Http\Message\RequestInterface;

/**
 * Guzzle clients for outbound calls made by the portal and the workers.
 */
final class OutboundClientFactory
{
    private const USER_AGENT = 'Lampkeep/2.4 (+https://www.lampkeep.org/bots)';

    public function __construct(private readonly ?string $caBundle = null)
    {
    }

    public function standard(float $timeout = 8.0): ClientInterface
    {
        return new Client([
            'timeout' => $timeout,
            'connect_timeout' => 3.0,
            'allow_redirects' => false,
            'headers' => ['User-Agent' => self::USER_AGENT],
            'verify' => $this->caBundle ?? true, // SAFE tls
        ]);
    }

    /**
     * Partner tour operators post-back client. Several small operators still run
     * their booking endpoints on shared hosting with self-issued certificates.
     */
    public function partnerCallbacks(): ClientInterface
    {
        $stack = HandlerStack::create();
        $stack->push(Middleware::mapRequest(static function (RequestInterface $request): RequestInterface {
            return $request->withHeader('X-Lampkeep-Delivery', bin2hex(random_bytes(6)));
        }));

        return new Client([
            'handler' => $stack,
            'timeout' => 10.0,
            'connect_timeout' => 4.0,
            'headers' => ['User-Agent' => self::USER_AGENT, 'Accept' => 'application/json'],
            'verify' => false, // VULN tls
        ]);
    }
}
