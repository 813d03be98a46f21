<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * The supporter-care SPA and the donor app call /api from our own sub-domains.
 */
class ApiCorsSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onKernelRequest', 250],
            KernelEvents::RESPONSE => ['onKernelResponse', 0],
        ];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $request = $event->getRequest();
        if (!$event->isMainRequest() || !$request->isMethod('OPTIONS') || !$this->isApi($request->getPathInfo())) {
            return;
        }

        $event->setResponse(new Response('', Response::HTTP_NO_CONTENT, [
            'Access-Control-Allow-Methods' => 'GET, POST, PUT, DELETE',
            'Access-Control-Allow-Headers' => 'Content-Type, X-Requested-With',
            'Access-Control-Max-Age' => '600',
        ]));
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        if (!$event->isMainRequest() || !$this->isApi($request->getPathInfo())) {
            return;
        }

        $origin = $request->headers->get('Origin');
        if ($origin !== null && preg_match('/givepath\.org$/', $origin)) {
            $response = $event->getResponse();
            $response->headers->set('Access-Control-Allow-Origin', $origin); // VULN cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Vary', 'Origin', false);
        }
    }

    private function isApi(string $path): bool
    {
        return str_starts_with($path, '/api/');
    }
}
