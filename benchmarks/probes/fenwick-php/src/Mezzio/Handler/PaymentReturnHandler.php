<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Infrastructure\Http\PaymentGatewayClient;
use Fenwick\Infrastructure\Security\RedirectGuard;
use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use Mezzio\Template\TemplateRendererInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * GET /payments/return?session=123456&continue=https://reedcutters.fenwick-cottages.co.uk/thanks
 */
final class PaymentReturnHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly PaymentGatewayClient $payments,
        private readonly RedirectGuard $guard,
        private readonly TemplateRendererInterface $templates,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $params = $request->getQueryParams();
        $session = $this->payments->checkoutSession((int) ($params['session'] ?? 0));

        if ($session === null || $session['status'] !== 'paid') {
            return new HtmlResponse($this->templates->render('app::payment-failed', ['session' => $session]), 402);
        }

        $continue = (string) ($params['continue'] ?? '');
        if ($continue !== '' && $this->guard->isTrustedHost($continue)) {
            return new RedirectResponse($continue, 303); // VULN redirect
        }

        return new RedirectResponse('/my-stay?paid=' . $session['booking_id'], 303); // SAFE redirect
    }
}
