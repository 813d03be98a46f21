<?php

namespace App\Controller\Api;

use App\Security\ApiTokenReader;
use App\Service\CatalogXmlIndex;
use App\Service\WebhookTester;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/partner')]
final class PartnerApiController extends AbstractController
{
    public function __construct(
        private readonly ApiTokenReader $tokenReader,
        private readonly CatalogXmlIndex $index,
        private readonly WebhookTester $webhooks,
    ) {}

    #[Route('/holdings/{isbn}', name: 'partner_holdings', methods: ['GET'])]
    public function holdings(Request $request, string $isbn): JsonResponse
    {
        $claims = $this->tokenReader->claimsFromHeader($request->headers->get('Authorization'));
        return $this->json([
            'partner' => $claims['partner_id'],
            'holdings' => $this->index->findByIsbn($isbn),
        ]);
    }

    #[Route('/webhooks/test', name: 'partner_webhook_test', methods: ['POST'])]
    public function testWebhook(Request $request): JsonResponse
    {
        $claims = $this->tokenReader->claimsFromHeader($request->headers->get('Authorization'));
        $body = json_decode($request->getContent(), true);
        if (!is_array($body) || !is_string($body['url'] ?? null)) {
            throw new BadRequestHttpException('url is required');
        }
        $result = $this->webhooks->ping($body['url'], [
            'event' => 'ill.request.updated',
            'partner' => $claims['partner_id'],
            'sample' => true,
            'sentAt' => (new \DateTimeImmutable())->format(DATE_ATOM),
        ]);
        return $this->json($result);
    }
}
