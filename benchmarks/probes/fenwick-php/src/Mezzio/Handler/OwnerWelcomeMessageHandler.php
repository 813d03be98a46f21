<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Domain\Owner\WelcomeMessageRenderer;
use Fenwick\Mezzio\Middleware\OwnerAuthMiddleware;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Twig\Error\Error as TwigError;

/**
 * GET  /owner/cottages/{id}/welcome  -> stored note rendered with sample guest data
 * POST /owner/cottages/{id}/welcome  {"description": "<p>...</p>", "template": "...", "website": "https://..."}
 */
final class OwnerWelcomeMessageHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly WelcomeMessageRenderer $renderer,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $cottageId = (int) $request->getAttribute('id');
        $ownerId = (int) $request->getAttribute(OwnerAuthMiddleware::OWNER_ID);
        $cottage = $this->cottages->byId($cottageId);
        if ($cottage === null || $cottage->ownerId !== $ownerId) {
            return new JsonResponse(['error' => 'Cottage not found'], 404);
        }

        if ($request->getMethod() === 'POST') {
            $body = (array) $request->getParsedBody();
            $template = (string) ($body['template'] ?? '');
            if (mb_strlen($template) > 4000) {
                return new JsonResponse(['error' => 'Welcome note is too long'], 422);
            }

            $website = trim((string) ($body['website'] ?? ''));
            if ($website !== '' && filter_var($website, FILTER_VALIDATE_URL) === false) {
                return new JsonResponse(['error' => 'Website must be a full URL'], 422);
            }

            $description = (string) ($body['description'] ?? $cottage->description);
            $this->cottages->updateListing($cottageId, $ownerId, $description, $template, $website === '' ? null : $website);
        }

        $template = $this->cottages->welcomeTemplate($cottageId) ?? WelcomeMessageRenderer::DEFAULT_TEMPLATE;

        try {
            $preview = $this->renderer->preview($template, $cottage);
        } catch (TwigError $e) {
            return new JsonResponse(['template' => $template, 'error' => $e->getRawMessage()], 422);
        }

        return new JsonResponse(['template' => $template, 'preview' => $preview]);
    }
}
