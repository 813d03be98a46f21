<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\HtmlResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Domain\Member;
use Tidemill\Middleware\AuthenticationMiddleware;
use Tidemill\Service\NewsletterComposer;

/**
 * POST /newsletter/preview   {subject, body}   (committee editor)
 * POST /newsletter/archive   {subject, body}   (render for the public archive)
 */
final class NewsletterHandler implements RequestHandlerInterface
{
    public function __construct(private readonly NewsletterComposer $composer)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        /** @var Member $editor */
        $editor = $request->getAttribute(AuthenticationMiddleware::ATTRIBUTE);
        $body = (array) $request->getParsedBody();
        $subject = trim((string) ($body['subject'] ?? 'Tidemill Tell-Tale'));
        $text = (string) ($body['body'] ?? '');

        if ($request->getAttribute('mode') === 'archive') {
            return new HtmlResponse($this->composer->archiveIssue($subject, $text));
        }

        $sample = [
            'first_name' => $editor->firstName,
            'surname' => $editor->surname,
            'membership_no' => $editor->membershipNo,
            'category' => $editor->category,
        ];

        return new HtmlResponse($this->composer->preview($subject, $text, $sample));
    }
}
