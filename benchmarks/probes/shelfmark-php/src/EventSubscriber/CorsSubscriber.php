<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Handles the two areas not covered by nelmio_cors: the partner API used by
 * other library systems and the embeddable "what's on" widgets.
 */
final class CorsSubscriber implements EventSubscriberInterface
{
    private const WIDGET_ORIGINS = ['https://www.shelfmark.org', 'https://events.shelfmark.org', 'https://kids.shelfmark.org'];

    public static function getSubscribedEvents(): array
    {
        return [KernelEvents::RESPONSE => 'onKernelResponse'];
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }
        $request = $event->getRequest();
        $origin = $request->headers->get('Origin');
        if ($origin === null) {
            return;
        }
        $headers = $event->getResponse()->headers;
        $path = $request->getPathInfo();
        if (str_starts_with($path, '/api/partner/')) {
            $headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $headers->set('Access-Control-Allow-Credentials', 'true');
            $headers->set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
            $headers->set('Vary', 'Origin');
            return;
        }
        if (str_starts_with($path, '/widgets/') && in_array($origin, self::WIDGET_ORIGINS, true)) {
            $headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
            $headers->set('Access-Control-Allow-Credentials', 'true');
            $headers->set('Vary', 'Origin');
        }
    }
}
