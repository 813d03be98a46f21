<?php

declare(strict_types=1);

namespace App\Handler;

use App\Repository\ApiaryRepository;
use App\Service\PageRenderer;
use App\Service\ShareLinkService;
use Laminas\Diactoros\Response\HtmlResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

class ApiaryPageHandler implements RequestHandlerInterface
{
    public function __construct(
        private ApiaryRepository $apiaries,
        private PageRenderer $pages,
        private ShareLinkService $shareLinks,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $params = $request->getQueryParams();

        if (!empty($params['share'])) {
            $claims = $this->shareLinks->verify((string)$params['share']);
            if ($claims === null) {
                return new HtmlResponse('<p>This share link is invalid or has expired.</p>', 410);
            }
            foreach ($this->apiaries->findInTown((string)($params['town'] ?? '')) as $row) {
                if ($row['apiary_code'] === $claims['apiary']) {
                    return new HtmlResponse($this->pages->sharedApiary($claims, $row));
                }
            }

            return new HtmlResponse('<p>Apiary not found.</p>', 404);
        }

        $town = trim((string)($params['town'] ?? ''));
        if ($town === '') {
            return new HtmlResponse('<p>Please choose a town.</p>', 400);
        }

        return new HtmlResponse($this->pages->apiariesNear($town, $this->apiaries->findInTown($town)));
    }
}
