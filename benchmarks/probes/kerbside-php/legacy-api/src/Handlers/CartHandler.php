<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Auth\MobileSession;
use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Repository\DepositRepository;
use Kerbside\Legacy\Service\SessionCodec;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class CartHandler
{
    public function __construct(
        private readonly MobileSession $mobile,
        private readonly SessionCodec $codec,
        private readonly DepositRepository $deposits,
    ) {}

    public function show(Request $request, Response $response): Response
    {
        $cookies = $request->getCookieParams();
        $customerId = $this->mobile->customerIdFrom((string) ($cookies['kr_mobile'] ?? ''));
        return Json::write($response, [
            'cart' => $this->codec->decodeCart((string) ($cookies['kr_cart'] ?? '')),
            'preferences' => $this->codec->decodePreferences((string) ($cookies['kr_prefs'] ?? '')),
            'open_deposits' => $customerId !== null ? $this->deposits->openForCustomer($customerId) : [],
        ]);
    }
}
