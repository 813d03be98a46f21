<?php

namespace Tempo\Api\Action;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Twig\Environment;

/** Printable certificates (exam passed, recital participation, term completion). */
final class CertificateAction
{
    private const TEMPLATES = [
        'exam' => '<h1>Certificate of Achievement</h1><p>{{ name }} passed the grade {{ grade }} {{ instrument }} examination.</p>',
        'recital' => '<h1>Certificate of Performance</h1><p>{{ name }} performed at the {{ event }} recital.</p>',
        'term' => '<h1>Certificate of Completion</h1><p>{{ name }} completed the {{ event }} term of {{ instrument }} lessons.</p>',
    ];

    public function __construct(private readonly Environment $twig) {}

    public function __invoke(Request $request, Response $response, array $args): Response
    {
        $source = self::TEMPLATES[$args['template']] ?? self::TEMPLATES['term'];
        $q = $request->getQueryParams();

        $template = $this->twig->createTemplate($source, 'certificate'); // SAFE ssti
        $response->getBody()->write($template->render([
            'name' => (string) ($q['name'] ?? ''),
            'grade' => (int) ($q['grade'] ?? 1),
            'instrument' => (string) ($q['instrument'] ?? ''),
            'event' => (string) ($q['event'] ?? ''),
        ]));

        return $response->withHeader('Content-Type', 'text/html; charset=utf-8');
    }
}
