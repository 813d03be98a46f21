<?php

namespace App\Controller;

use App\Dto\CatalogQuery;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Attribute\AsController;
use Symfony\Component\HttpKernel\Attribute\MapQueryString;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

// a controller that extends nothing: named so, or marked #[AsController]
final class CatalogController
{
    public function __construct(private \Doctrine\DBAL\Connection $conn, private HttpClientInterface $client, private string $exportDir) {}

    #[Route('/catalog/{section}')]
    public function section(string $section): Response
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = $this->conn->fetchAllAssociative("SELECT * FROM items WHERE section = '" . $section . "'");
        return new Response((string) count($rows));
    }

    // a parameter bag's filter() runs FILTER_DEFAULT unless told otherwise
    #[Route('/catalog')]
    public function list(Request $request): Response
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = $this->conn->fetchAllAssociative("SELECT * FROM items ORDER BY " . $request->query->filter('sort'));
        // ok: trace.php.sql-injection.tainted-query
        $page = $this->conn->fetchAllAssociative("SELECT * FROM items LIMIT 20 OFFSET " . $request->query->filter('page', 0, FILTER_VALIDATE_INT));
        return new Response((string) count($rows) . count($page));
    }

    // #[MapQueryString(...)] with arguments: the DTO's type names it
    #[Route('/catalog/search')]
    public function search(#[MapQueryString(validationFailedStatusCode: 422)] CatalogQuery $query): Response
    {
        // ruleid: trace.php.xss.tainted-echo
        return new Response('<h2>' . $query->term . '</h2>');
    }

    // a response whose body is set afterwards
    #[Route('/catalog/preview')]
    public function preview(Request $request): Response
    {
        $response = new Response();
        // ruleid: trace.php.xss.tainted-echo
        $response->setContent('<p>' . $request->query->get('text') . '</p>');
        return $response;
    }

    #[Route('/catalog/preview.json')]
    public function previewJson(Request $request): Response
    {
        $response = new Response();
        $response->headers->set('Content-Type', 'application/json');
        // ok: trace.php.xss.tainted-echo
        $response->setContent($request->query->get('text'));
        return $response;
    }

    #[Route('/catalog/export')]
    public function export(Request $request): BinaryFileResponse
    {
        $response = new BinaryFileResponse($this->exportDir . '/empty.csv');
        // ruleid: trace.php.path-traversal.tainted-file-path
        $response->setFile($this->exportDir . '/' . $request->query->get('file'));
        // ok: trace.php.path-traversal.tainted-file-path
        $response->setFile($this->exportDir . '/' . basename($request->query->get('file')));
        return $response;
    }

    // a client scoped to a base URI from the request
    #[Route('/catalog/mirror')]
    public function mirror(Request $request): Response
    {
        // ruleid: trace.php.ssrf.tainted-url
        $scoped = $this->client->withOptions(['base_uri' => $request->query->get('mirror')]);
        // ok: trace.php.ssrf.tainted-url
        $fixed = $this->client->withOptions(['base_uri' => 'https://mirror.example.org']);
        $scoped->request('GET', '/items');
        $fixed->request('GET', '/items');
        return new Response('mirrored');
    }
}

#[AsController]
final class ExportAction
{
    #[Route('/export/{format}')]
    public function __invoke(string $format): Response
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('export --format ' . $format);
        return new Response('queued');
    }
}

// a service's public method is no action: its text parameters come from the code
final class CatalogIndexer
{
    public function reindex(string $section, CatalogQuery $query): void
    {
        // ok: trace.php.command-injection.tainted-command
        shell_exec('indexer --section ' . $section);
        // ok: trace.php.command-injection.tainted-command
        shell_exec('indexer --term ' . $query->term);
    }
}

// #[AsMessageHandler] on a method
final class CatalogHandlers
{
    #[AsMessageHandler]
    public function onImport(ImportCatalog $message): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('import ' . $message->source);
        // ok: trace.php.command-injection.tainted-command
        shell_exec('import --batch ' . $message->batchId);
    }
}
