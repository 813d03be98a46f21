<?php

namespace Tempo\Api\Infrastructure;

final class WebhookSubscription
{
    public function __construct(public readonly string $partner, public readonly string $callbackUrl, public readonly array $events) {}

    public function host(): string
    {
        return strtolower((string) parse_url($this->callbackUrl, PHP_URL_HOST));
    }
}
