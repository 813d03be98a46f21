<?php

declare(strict_types=1);

namespace Leasewise\Statements\Service;

use DateTimeImmutable;
use Psr\Http\Message\ResponseInterface;
use Slim\Views\Twig;

final class StatementRenderer
{
    public function __construct(
        private readonly Twig $twig,
        private readonly string $footerTemplate,
    ) {}

    public function render(ResponseInterface $response, array $statement, array $extra = []): ResponseInterface
    {
        $footer = $this->twig->getEnvironment()->createTemplate($this->footerTemplate)->render([ // SAFE ssti
            'owner' => $statement['owner'],
            'generated_at' => new DateTimeImmutable(),
        ]);

        return $this->twig->render($response, 'statement.html.twig', $statement + $extra + [
            'footer' => $footer,
        ]);
    }
}
