<?php

use Illuminate\Http\Request;

// a number made from a sink's own result: the sink still runs with the request data
class PromoPricing
{
    private const FORMULAS = ['standard' => '$base * $days', 'weekly' => '$base * $days * 0.85'];

    public function promo(Request $request, float $base, int $days): float
    {
        $rule = $request->input('promo_rule');
        // ruleid: trace.php.code-injection.tainted-code
        return (float) eval('return ' . $rule . ';');
    }

    public function tier(Request $request, float $base, int $days): float
    {
        $formula = self::FORMULAS[$request->input('tier')] ?? self::FORMULAS['standard'];
        // ok: trace.php.code-injection.tainted-code
        return (float) eval('return ' . $formula . ';');
    }

    public function count(Request $request, \PDO $pdo): int
    {
        $status = $request->query('status');
        // ruleid: trace.php.sql-injection.tainted-query
        return (int) $pdo->query("SELECT COUNT(*) FROM deposits WHERE status = '$status'")->fetchColumn();
    }

    public function countById(Request $request, \PDO $pdo): int
    {
        $id = (int) $request->query('id');
        // ok: trace.php.sql-injection.tainted-query
        return (int) $pdo->query("SELECT COUNT(*) FROM deposits WHERE branch_id = " . $id)->fetchColumn();
    }

    public function lines(Request $request): int
    {
        // ruleid: trace.php.command-injection.tainted-command
        return count(explode("\n", (string) shell_exec('wc -l ' . $request->input('file'))));
    }

    public function size(Request $request): int
    {
        // ok: trace.php.command-injection.tainted-command
        return strlen((string) shell_exec('du -s ' . escapeshellarg($request->input('file'))));
    }
}

// everything but letters and digits stripped: no dot or slash is left
function store_photo(Request $request): void
{
    $root = storage_path('app/photos');
    $bytes = (string) $request->getContent();
    $plate = preg_replace('/[^A-Za-z0-9]/', '', (string) $request->input('plate'));
    // ok: trace.php.path-traversal.tainted-file-path
    file_put_contents($root . '/' . $plate . '/front.jpg', $bytes);
    $folder = preg_replace('/[^A-Za-z0-9_\-]+/i', '_', (string) $request->input('folder'));
    // ok: trace.php.path-traversal.tainted-file-path
    file_put_contents($root . '/' . $folder . '/front.jpg', $bytes);
    // dots and slashes kept: ../ survives
    $loose = preg_replace('/[^A-Za-z0-9.\/]/', '', (string) $request->input('plate'));
    // ruleid: trace.php.path-traversal.tainted-file-path
    file_put_contents($root . '/' . $loose . '/front.jpg', $bytes);
}

// the host taken out of the parsed parts, then checked against an allow-list
class ProviderClient
{
    public function __construct(private \GuzzleHttp\Client $http, private array $hosts) {}

    public function position(Request $request): string
    {
        $url = (string) $request->query('provider');
        $parts = parse_url($url);
        $host = strtolower($parts['host'] ?? '');
        if (($parts['scheme'] ?? '') !== 'https' || !in_array($host, $this->hosts, true)) {
            throw new \InvalidArgumentException('Unsupported provider');
        }
        // ok: trace.php.ssrf.tainted-url
        return (string) $this->http->get($url)->getBody();
    }

    public function policed(Request $request): string
    {
        // ok: trace.php.ssrf.tainted-url
        return (string) $this->http->get(EndpointPolicy::allowed((string) $request->query('provider')))->getBody();
    }

    public function built(Request $request): string
    {
        // ruleid: trace.php.ssrf.tainted-url
        return (string) $this->http->get(EndpointBuilder::absolute((string) $request->query('provider')))->getBody();
    }

    public function positionLoose(Request $request): string
    {
        $url = (string) $request->query('provider');
        $parts = parse_url($url);
        $host = strtolower($parts['host'] ?? '');
        // both must fail before it exits: an http URL to any host passes
        if (($parts['scheme'] ?? '') !== 'https' && !in_array($host, $this->hosts, true)) {
            throw new \InvalidArgumentException('Unsupported provider');
        }
        // ruleid: trace.php.ssrf.tainted-url
        return (string) $this->http->get($url)->getBody();
    }

    public function positionScheme(Request $request): string
    {
        $url = (string) $request->query('provider');
        $parts = parse_url($url);
        $scheme = strtolower($parts['scheme'] ?? '');
        if (!in_array($scheme, ['https'], true)) {
            throw new \InvalidArgumentException('Unsupported provider');
        }
        // ruleid: trace.php.ssrf.tainted-url
        return (string) $this->http->get($url)->getBody();
    }
}

// a class named for guarding redirect targets returns a checked URL or the fallback
class ReturnController
{
    public function login(Request $request)
    {
        // ok: trace.php.open-redirect.tainted-redirect
        return redirect()->away(RedirectGuard::target($request->input('return_to'), url('/account')));
    }

    public function loginInjected(Request $request)
    {
        // ok: trace.php.open-redirect.tainted-redirect
        return redirect()->away($this->urlValidator->check($request->input('return_to')));
    }

    public function complete(Request $request)
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return redirect()->away(UrlBuilder::absolute($request->input('continue')));
    }
}

// a MongoDB filter a query builder hands over keeps the request's operator arrays
class DamageLog
{
    public function __construct(private \MongoDB\Collection $collection, private $reports) {}

    public function search($request): array
    {
        $body = (array) $request->getParsedBody();
        $query = (new DamageFilter())->plate($body['plate'] ?? null);
        // ruleid: trace.php.nosql-injection.operator-injection
        return $this->collection->find($query->toFilter(), ['limit' => 200])->toArray();
    }

    public function reportSearch($request): array
    {
        $body = (array) $request->getParsedBody();
        $query = (new DamageFilter())->plate($body['plate'] ?? null);
        // a repository's own find() reads no operators
        // ok: trace.php.nosql-injection.operator-injection
        return $this->reports->find($query->toFilter());
    }

    public function byPlate($request): array
    {
        $query = (new DamageFilter())->plate((string) ($request->getParsedBody()['plate'] ?? ''));
        // ok: trace.php.nosql-injection.operator-injection
        return $this->collection->find($query->toFilter())->toArray();
    }
}

// a client handed back by a method of the class: `$this->client()->get($url)`
class FeedImporter
{
    public function fetch(Request $request): string
    {
        // ruleid: trace.php.ssrf.tainted-url
        return $this->client()->get((string) $request->json('feed_url'))->body();
    }

    public function fetchKnown(Request $request): string
    {
        $url = (string) $request->json('feed_url');
        if (!in_array(parse_url($url, PHP_URL_HOST), ['calendar.google.com'], true)) {
            return '';
        }
        // ok: trace.php.ssrf.tainted-url
        return $this->client()->get($url)->body();
    }

    private function client(): \Illuminate\Http\Client\PendingRequest
    {
        return Http::timeout(5);
    }
}

// PSR-7 uploads (Slim): moveTo() writes the file where it is told
function store_recording(\Psr\Http\Message\ServerRequestInterface $request, array $args): void
{
    $file = $request->getUploadedFiles()['recording'];
    // ruleid: trace.php.path-traversal.tainted-file-path
    $file->moveTo('/srv/recordings/' . $file->getClientFilename());
    // ok: trace.php.path-traversal.tainted-file-path
    $file->moveTo('/srv/recordings/' . basename($file->getClientFilename()));
}

// a pattern check clears a value only when the pattern reads all of it
class SheetBundles
{
    private const ACCEPTED = '/\.(pdf|musicxml|mid)$/i';
    private const SAFE_ENTRY = '/^[A-Za-z0-9_-]+\.(pdf|mid)$/';

    public function import(\ZipArchive $zip, string $dest): void
    {
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if (str_ends_with($entry, '/') || !preg_match(self::ACCEPTED, $entry)) {
                continue;
            }
            // an extension check lets `../../public/x.pdf` through
            // ruleid: trace.php.archive-extraction.zip-slip
            file_put_contents($dest . '/' . $entry, $zip->getFromIndex($i));
        }
    }

    public function importStrict(\ZipArchive $zip, string $dest): void
    {
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if (!preg_match(self::SAFE_ENTRY, $entry)) {
                continue;
            }
            // ok: trace.php.archive-extraction.zip-slip
            file_put_contents($dest . '/' . $entry, $zip->getFromIndex($i));
        }
    }

    public function importChecked(\ZipArchive $zip, string $dest): void
    {
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if (preg_match('#(^|/)\.\.(/|$)#', $entry)) {
                continue;
            }
            // ok: trace.php.archive-extraction.zip-slip
            file_put_contents($dest . '/' . $entry, $zip->getFromIndex($i));
        }
    }

    public function attachment(Request $request): void
    {
        $name = (string) $request->input('name');
        if (!preg_match('/\.(png|jpe?g)$/i', $name)) {
            abort(422);
        }
        // ruleid: trace.php.path-traversal.tainted-file-path
        file_put_contents(storage_path('app/uploads/' . $name), $request->getContent());
        $slug = (string) $request->input('slug');
        if (!preg_match('/^[a-z0-9-]+\.(png|jpe?g)$/', $slug)) {
            abort(422);
        }
        // ok: trace.php.path-traversal.tainted-file-path
        file_put_contents(storage_path('app/uploads/' . $slug), $request->getContent());
    }
}

// the parsed host checked in the condition itself, with an exit
function after_login(Request $request)
{
    $next = (string) $request->query('next');
    if (!in_array(parse_url($next, PHP_URL_HOST), ['app.example.com', 'portal.example.com'], true)) {
        return redirect('/dashboard');
    }
    // ok: trace.php.open-redirect.tainted-redirect
    return redirect()->away($next);
}

function after_logout(Request $request)
{
    $next = (string) $request->query('next');
    if (!str_ends_with((string) parse_url($next, PHP_URL_HOST), 'example.com')) {
        return redirect('/');
    }
    // a suffix of the host is no check: `evilexample.com` passes
    // ruleid: trace.php.open-redirect.tainted-redirect
    return redirect()->away($next);
}

function import_inspections(string $file): array
{
    // ruleid: trace.php.deserialization.yaml-parse-object
    $data = \Symfony\Component\Yaml\Yaml::parse((string) file_get_contents($file), \Symfony\Component\Yaml\Yaml::PARSE_OBJECT | \Symfony\Component\Yaml\Yaml::PARSE_DATETIME);
    // ruleid: trace.php.deserialization.yaml-parse-object
    $more = Yaml::parseFile($file, Yaml::PARSE_OBJECT);
    // ok: trace.php.deserialization.yaml-parse-object
    $plain = Yaml::parse((string) file_get_contents($file), Yaml::PARSE_DATETIME);
    // ok: trace.php.deserialization.yaml-parse-object
    $fixed = Yaml::parse("defaults: {}", Yaml::PARSE_OBJECT);
    return [$data, $more, $plain, $fixed];
}
