<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class CorsSubscriber implements EventSubscriberInterface
{
    /**
     * @param list<string> $partnerOrigins
     */
    public function __construct(
        #[Autowire('%env(csv:PARTNER_ORIGINS)%')]
        private readonly array $partnerOrigins,
    ) {
    }

    public static function getSubscribedEvents(): array
    {
        return [KernelEvents::RESPONSE => ['onResponse', 0]];
    }

    public function onResponse(ResponseEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }

        $request = $event->getRequest();
        $origin = $request->headers->get('Origin');
        if ($origin === null || $origin === '') {
            return;
        }

        $response = $event->getResponse();
        $path = $request->getPathInfo();

        if (str_starts_with($path, '/api/partner/')) {
            if (in_array($origin, $this->partnerOrigins, true)) {
                $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
                $response->headers->set('Access-Control-Allow-Credentials', 'true');
                $response->headers->set('Vary', 'Origin');
            }

            return;
        }

        if (str_starts_with($path, '/api/')) {
            // member mobile app and the embeddable booking widget on customer sites
            $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Kiosk-Token');
            $response->headers->set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
            $response->headers->set('Vary', 'Origin');
        }
    }
}
