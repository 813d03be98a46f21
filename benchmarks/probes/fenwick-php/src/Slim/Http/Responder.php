<?php

declare(strict_types=1);

namespace Fenwick\Slim\Http;

use Fenwick\Domain\Booking\LoginResult;
use Fenwick\Infrastructure\Security\RedirectGuard;
use Fenwick\Infrastructure\Storage\StoredFile;
use Psr\Http\Message\ResponseInterface;

final class Responder
{
    public function __construct(private readonly RedirectGuard $guard)
    {
    }

    public function afterLogin(ResponseInterface $response, LoginResult $result): ResponseInterface
    {
        return $response->withHeader('Location', $result->next)->withStatus(303); // VULN redirect
    }

    public function backTo(ResponseInterface $response, ?string $target, string $fallback = '/'): ResponseInterface
    {
        return $response->withHeader('Location', $this->guard->safeLocalPath($target, $fallback))->withStatus(302); // SAFE redirect
    }

    public function file(ResponseInterface $response, StoredFile $file, bool $inline = false): ResponseInterface
    {
        $response->getBody()->write($file->contents);

        return $response
            ->withHeader('Content-Type', $file->mimeType)
            ->withHeader('Content-Disposition', sprintf('%s; filename="%s"', $inline ? 'inline' : 'attachment', addslashes($file->filename)))
            ->withHeader('X-Content-Type-Options', 'nosniff');
    }

    public function json(ResponseInterface $response, array $data, int $status = 200): ResponseInterface
    {
        $response->getBody()->write(json_encode($data, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));

        return $response->withHeader('Content-Type', 'application/json')->withStatus($status);
    }

    public function notFound(ResponseInterface $response): ResponseInterface
    {
        $response->getBody()->write('Not found');

        return $response->withStatus(404)->withHeader('Content-Type', 'text/plain');
    }
}
