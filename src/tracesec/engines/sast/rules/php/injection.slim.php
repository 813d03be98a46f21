<?php
declare(strict_types=1);

use Laminas\Diactoros\Response\HtmlResponse;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

// Slim 4: route arguments in $args, the body written into the PSR-7 response
$app->get('/hello/{name}', function (Request $request, Response $response, array $args) {
    // ruleid: trace.php.xss.tainted-echo
    $response->getBody()->write('<h1>Hello, ' . $args['name'] . '</h1>');
    return $response;
});

$app->get('/hello/{name}.json', function (Request $request, Response $response, array $args) {
    $response->getBody()->write((string) $args['name']);
    // ok: trace.php.xss.tainted-echo
    return $response->withHeader('Content-Type', 'application/json');
});

$app->get('/search', function (Request $request, Response $response, array $options) {
    // a parameter not named for the route's arguments
    // ok: trace.php.xss.tainted-echo
    $response->getBody()->write('<p>' . $options['title'] . '</p>');
    return $response;
});

$app->get('/notes/{slug}', function (Request $request, $response, $slug) {
    // ruleid: trace.php.path-traversal.tainted-file-path
    $response->getBody()->write(htmlspecialchars(file_get_contents('/srv/notes/' . $slug)));
    return $response;
});

$app->get('/notes/{id}/size', function (Request $request, $response, int $id) {
    // ok: trace.php.path-traversal.tainted-file-path
    $response->getBody()->write((string) filesize('/srv/notes/' . $id));
    return $response;
});

final class ShowRecordingAction
{
    public function __invoke(Request $request, Response $response, array $args): Response
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('ffprobe /srv/recordings/' . $args['file']);
        // a file read by the path is its own data, not the request's (the path is judged above)
        // ok: trace.php.xss.tainted-echo
        $response->getBody()->write(file_get_contents('/srv/recordings/' . basename($args['file']) . '.txt'));
        return $response;
    }
}

// Mezzio (Laminas Diactoros): HTML responses, PSR-17 factories
final class NoteHandler implements \Psr\Http\Server\RequestHandlerInterface
{
    public function __construct(
        private \Psr\Http\Message\RequestFactoryInterface $requestFactory,
        private \Psr\Http\Client\ClientInterface $httpClient,
        private \Psr\Http\Message\StreamFactoryInterface $streamFactory,
    ) {}

    public function handle(Request $request): Response
    {
        $q = $request->getQueryParams()['q'] ?? '';
        // ruleid: trace.php.xss.tainted-echo
        return new HtmlResponse('<p>' . $q . '</p>');
    }

    public function escaped(Request $request): Response
    {
        // ok: trace.php.xss.tainted-echo
        return new HtmlResponse('<p>' . htmlspecialchars($request->getQueryParams()['q'] ?? '') . '</p>');
    }

    public function preview(Request $request): Response
    {
        // ruleid: trace.php.ssrf.tainted-url
        $outgoing = $this->requestFactory->createRequest('GET', $request->getQueryParams()['url']);
        // ok: trace.php.ssrf.tainted-url
        $fixed = $this->requestFactory->createRequest('GET', 'https://notes.example.org/status');
        $this->httpClient->sendRequest($fixed);
        $this->httpClient->sendRequest($outgoing);
        return new HtmlResponse('<p>sent</p>');
    }

    public function attachment(Request $request, Response $response): Response
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return $response->withBody($this->streamFactory->createStreamFromFile('/srv/attachments/' . $request->getQueryParams()['f']));
    }

    public function attachmentByName(Request $request, Response $response): Response
    {
        // ok: trace.php.path-traversal.tainted-file-path
        return $response->withBody($this->streamFactory->createStreamFromFile('/srv/attachments/' . basename($request->getQueryParams()['f'])));
    }
}

// a middleware's next handler is the framework's
$app->add(function (Request $request, $next) {
    // ok: trace.php.code-injection.tainted-code
    return $next($request);
});

$app->get('/reports/{kind}', function (Request $request, Response $response, array $args) {
    // ruleid: trace.php.code-injection.tainted-code
    call_user_func('report_' . $args['kind']);
    return $response;
});
