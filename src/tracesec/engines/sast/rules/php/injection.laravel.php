<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Blade;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\RedirectResponse;

class InvoiceController extends Controller
{
    private const SORT_COLUMNS = ['date' => 'issued_at', 'total' => 'total_cents'];

    public function search(Request $request)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = DB::table('invoices')->whereRaw("owner = '" . $request->input('owner') . "'")->get();
        // ok: trace.php.sql-injection.tainted-query
        $rows2 = DB::table('invoices')->where('owner', $request->input('owner'))->get();
        // ruleid: trace.php.sql-injection.tainted-query
        $rows3 = DB::select("SELECT * FROM invoices WHERE id = " . $request->query('id'));
        // ok: trace.php.sql-injection.tainted-query
        $rows4 = DB::select("SELECT * FROM invoices WHERE id = ?", [$request->query('id')]);
        $sort = $request->query('sort', 'date');
        // ruleid: trace.php.sql-injection.tainted-query
        $rows5 = DB::table('invoices')->orderByRaw($sort . ' DESC')->get();
        // ok: trace.php.sql-injection.tainted-query
        $rows6 = DB::table('invoices')->orderByRaw((self::SORT_COLUMNS[$sort] ?? 'issued_at') . ' DESC')->get();
        // a model looked up by the request's id: the row's own value, stored from a fixed list
        $owner = User::findOrFail($request->input('user_id'));
        // ok: trace.php.sql-injection.tainted-query
        $rows7 = DB::table('invoices')->whereRaw("region = '" . $owner->region . "'")->get();
        // ruleid: trace.php.sql-injection.tainted-query
        $rows8 = DB::table('invoices')->whereRaw("region = '" . $request->input('region') . "'")->get();
        // ok: trace.php.sql-injection.tainted-query
        $rows7 = DB::table('invoices')->whereRaw('total_cents > ?', [$request->input('min')])->get();
        $status = request('status');
        // ruleid: trace.php.sql-injection.tainted-query
        $rows8 = DB::statement("UPDATE invoices SET seen = 1 WHERE status = '" . $status . "'");
        // ok: trace.php.sql-injection.tainted-query
        $rows9 = DB::table('invoices')->selectRaw('count(*) as n, ' . $request->integer('year') . ' as y')->get();
        $q = $request->query->get('q');
        // ruleid: trace.php.sql-injection.tainted-query
        $rows10 = DB::table('invoices')->havingRaw("SUM(total) > " . $q)->get();
        return view('invoices', ['rows' => $rows]);
    }

    public function show(Request $request, string $slug)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        return DB::select("SELECT * FROM pages WHERE slug = '" . $slug . "'");
    }

    public function byNumber(Request $request, int $number)
    {
        // ok: trace.php.sql-injection.tainted-query
        return DB::select("SELECT * FROM invoices WHERE number = " . $number);
    }

    public function validatedSort(Request $request)
    {
        $data = $request->validate([
            'sort' => ['required', Rule::in(['issued_at', 'total_cents'])],
            'note' => 'required|string|max:200',
        ]);
        // ok: trace.php.sql-injection.tainted-query
        $a = DB::table('invoices')->orderByRaw($data['sort'] . ' DESC')->get();
        // ruleid: trace.php.sql-injection.tainted-query
        $b = DB::table('invoices')->whereRaw("note = '" . $data['note'] . "'")->get();
        return $a;
    }

    public function export(Request $request)
    {
        $file = (string) $request->query('file', 'recipes.csv');
        $directory = storage_path('app/exports/' . $request->user()->id);
        // ruleid: trace.php.path-traversal.tainted-file-path
        return response()->download($directory . '/' . $file, null, ['Content-Type' => 'text/csv']);
    }

    public function card(Request $request)
    {
        $name = basename((string) $request->query('card', ''));
        // ok: trace.php.path-traversal.tainted-file-path
        return response(Storage::disk('cards')->get($name), 200, ['Content-Type' => 'application/pdf']);
    }

    public function cardRaw(Request $request)
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return Storage::disk('cards')->get($request->query('card'));
    }

    public function upload(Request $request)
    {
        $file = $request->file('doc');
        // ruleid: trace.php.path-traversal.tainted-file-path
        $file->move(storage_path('docs'), $file->getClientOriginalName());
        // ok: trace.php.path-traversal.tainted-file-path
        $file->move(storage_path('docs'), $file->hashName());
    }

    public function login(Request $request)
    {
        $next = (string) $request->input('next', '/');
        if (str_starts_with($next, '/')) {
            // "//evil.example" starts with "/" too
            // ruleid: trace.php.open-redirect.tainted-redirect
            return redirect()->away($next);
        }
        if (str_starts_with($next, '/') && !str_starts_with($next, '//')) {
            // ok: trace.php.open-redirect.tainted-redirect
            return redirect()->to($next);
        }
        // ok: trace.php.open-redirect.tainted-redirect
        return redirect()->route('home');
    }

    public function sso(Request $request)
    {
        $target = UrlPolicy::safeReturnUrl($request->query('return_to'), route('home'));
        // ok: trace.php.open-redirect.tainted-redirect
        return redirect()->away($target);
    }

    public function out(Request $request)
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return redirect($request->query('url'));
    }

    public function symfonyOut(Request $request)
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return new RedirectResponse($request->query->get('target'));
    }

    public function orders(Request $request)
    {
        // ok: trace.php.open-redirect.tainted-redirect
        return redirect('/orders?status=' . $request->query('status'));
    }

    public function preview(Request $request)
    {
        // ruleid: trace.php.template-injection.tainted-template
        $markup = Blade::render($request->input('card_template', '<p>{{ $title }}</p>'), [
            'title' => $request->input('title', 'Untitled'),
        ]);
        // ok: trace.php.xss.tainted-echo
        return response($markup);
    }

    public function render(Request $request)
    {
        // ok: trace.php.template-injection.tainted-template
        $markup = Blade::render('<p>{{ $title }}</p>', ['title' => $request->input('title')]);
        // ruleid: trace.php.template-injection.tainted-template
        $tpl = $this->twig->createTemplate('Hello ' . $request->input('name'));
        // ok: trace.php.template-injection.tainted-template
        $page = $this->twig->render('hello.html.twig', ['name' => $request->input('name')]);
        // ruleid: trace.php.template-injection.tainted-template
        $out = $this->smarty->fetch('string:' . $request->input('body'));
        // ok: trace.php.template-injection.tainted-template
        $out2 = $this->smarty->fetch('card.tpl');
        // standalone Blade's compiler
        // ruleid: trace.php.template-injection.tainted-template
        $php = $this->blade->compiler()->compileString($request->input('poster'));
        // ok: trace.php.template-injection.tainted-template
        $fixed = $this->blade->compiler()->compileString('<p>{{ $title }}</p>');
        return $markup;
    }

    public function empty(Request $request)
    {
        $term = (string) $request->input('q', '');
        // ok: trace.php.xss.tainted-echo
        return response('<div class="empty-state">Nothing matched ' . e($term) . '</div>', 404);
    }

    public function hello(Request $request)
    {
        // ruleid: trace.php.xss.tainted-echo
        return response('<h1>Hello ' . $request->input('name') . '</h1>');
    }

    public function greet(Request $request)
    {
        // ruleid: trace.php.xss.tainted-echo
        return '<h1>Hello ' . $request->query('name');
    }

    public function plain(Request $request)
    {
        // ok: trace.php.xss.tainted-echo
        return response($request->input('name'), 200, ['Content-Type' => 'text/plain']);
    }

    public function image(Request $request)
    {
        // ruleid: trace.php.ssrf.tainted-url
        $response = Http::timeout(6)->withHeaders(['Accept' => 'image/*'])->get($request->input('image_url'));
        $url = $request->input('cdn_url');
        if ($url === null || !UrlPolicy::isAllowedImageHost($url)) {
            return null;
        }
        // ok: trace.php.ssrf.tainted-url
        $cdn = Http::get($url);
        // ruleid: trace.php.ssrf.tainted-url
        $hook = $this->client->post($request->input('webhook'), ['json' => ['ok' => true]]);
        // ruleid: trace.php.ssrf.tainted-url
        $g = $this->client->request('GET', $request->input('target'));
        // ok: trace.php.ssrf.tainted-url
        $h = $this->client->request('GET', 'https://api.example.com/items', ['query' => ['q' => $request->input('q')]]);
        $ics = $request->input('ics_url');
        $this->assertCalendarHost($ics);
        // ok: trace.php.ssrf.tainted-url
        $calendar = Http::get($ics);
        $feed = $request->input('feed_url');
        $this->logFeedHost($feed);
        // ruleid: trace.php.ssrf.tainted-url
        $news = Http::get($feed);
        return $response;
    }

    public function scale(Request $request)
    {
        $servings = (string) $request->input('servings', '1');
        // ruleid: trace.php.code-injection.tainted-code
        $target = eval('return ' . $servings . ';');
        $method = self::CONVERTERS[$request->input('system')] ?? 'toMetric';
        // ok: trace.php.code-injection.tainted-code
        return call_user_func([$this, $method], $target);
    }

    public function reviews(Request $request)
    {
        // ruleid: trace.php.nosql-injection.operator-injection
        $v = $this->collection->findOne(['code' => $request->input('code'), 'redeemed_by' => null]);
        // ok: trace.php.nosql-injection.operator-injection
        $w = $this->collection->findOne(['code' => (string) $request->input('code'), 'redeemed_by' => null]);
        // an Eloquent model's find() reads no operators
        // ok: trace.php.nosql-injection.operator-injection
        $x = Invoice::find($request->input('id'));
        return [$v, $w, $x];
    }

    public function cart(Request $request)
    {
        // ruleid: trace.php.deserialization.tainted-unserialize
        $items = unserialize(base64_decode($request->cookie('cart')));
        // ok: trace.php.deserialization.tainted-unserialize
        $items2 = unserialize(base64_decode($request->cookie('cart')), ['allowed_classes' => false]);
        return $items;
    }

    public function staff(Request $request)
    {
        $username = $request->input('username');
        // ruleid: trace.php.ldap-injection.tainted-filter
        $r = ldap_search($this->conn, 'ou=staff', '(uid=' . $username . ')', ['dn']);
        // ok: trace.php.ldap-injection.tainted-filter
        $s = ldap_search($this->conn, 'ou=staff', '(uid=' . ldap_escape($username, '', LDAP_ESCAPE_FILTER) . ')');
        return $r;
    }

    public function thumbnail(Request $request)
    {
        $photo = $request->file('photo');
        $target = '/srv/thumbs/' . pathinfo($photo->getClientOriginalName(), PATHINFO_FILENAME) . '.jpg';
        // ruleid: trace.php.command-injection.tainted-command
        exec(sprintf('convert %s %s', escapeshellarg($photo->getRealPath()), $target), $output, $status);
        // ok: trace.php.command-injection.tainted-command
        $p = proc_open(['/usr/bin/jpegoptim', '--comment', $photo->getClientOriginalName(), $target], [], $pipes);
        return $target;
    }
}

class PartnerCors
{
    public function handle(Request $request, Closure $next): Response
    {
        $response = $next($request);
        $origin = $request->headers->get('Origin');
        if ($origin !== null) {
            // ruleid: trace.php.cors.reflected-origin
            $response->headers->set('Access-Control-Allow-Origin', $origin);
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
        }
        return $response;
    }
}

class PublicApiCors
{
    public function handle(Request $request, Closure $next): Response
    {
        $response = $next($request);
        $origin = (string) $request->headers->get('Origin', '');
        $allowed = in_array($origin, config('services.cors.allowed_origins'), true);
        if ($allowed) {
            // ok: trace.php.cors.reflected-origin
            $response->headers->set('Access-Control-Allow-Origin', $origin);
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
        }
        return $response;
    }
}

class WidgetCors
{
    public function handle(Request $request, Closure $next): Response
    {
        $origin = $request->headers->get('Origin');
        $allowed = $origin !== null && in_array($origin, config('services.cors.widget_origins', []), true);
        $response = $next($request);
        if ($allowed) {
            // ok: trace.php.cors.reflected-origin
            $response->headers->set('Access-Control-Allow-Origin', $origin);
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
        }
        return $response;
    }
}

Route::get('/pages/{slug}', function (string $slug) {
    // ruleid: trace.php.sql-injection.tainted-query
    return DB::select("SELECT * FROM pages WHERE slug = '" . $slug . "'");
});

Route::get('/orders/{id}', function (int $id) {
    // ok: trace.php.sql-injection.tainted-query
    return DB::select("SELECT * FROM orders WHERE id = " . $id);
});

Route::get('/go/{target}', function ($target) {
    // ruleid: trace.php.open-redirect.tainted-redirect
    header("Location: $target");
    exit;
});

class UserController extends Controller
{
    public function show(Request $request)
    {
        $id = $request->input('id');
        // ok: trace.php.nosql-injection.operator-injection
        $user = $this->users->find($id);
        $filter = ['email' => $request->input('email'), 'active' => true];
        // ruleid: trace.php.nosql-injection.operator-injection
        $doc = $this->collection->findOne($filter);
        // ok: trace.php.xss.tainted-echo
        return view('users.show', ['user' => $user, 'q' => $request->input('q')]);
    }

    public function api(Request $request)
    {
        Log::info('search ' . $request->input('q'));
        $request->session()->put('last', $request->input('q'));
        // ok: trace.php.xss.tainted-echo
        return response()->json(['q' => $request->input('q')]);
    }
}

function legacy_facades()
{
    // ruleid: trace.php.sql-injection.tainted-query
    $a = DB::select("SELECT * FROM t WHERE a = '" . Input::get('a') . "'");
    // ruleid: trace.php.sql-injection.tainted-query
    $b = DB::select("SELECT * FROM t WHERE b = '" . Request::input('b') . "'");
    // ok: trace.php.sql-injection.tainted-query
    $c = DB::select("SELECT * FROM t WHERE c = ?", [Request::input('c')]);
}

class PageController extends Controller
{
    // a Laravel action's route parameter, without the Request
    public function show(string $slug)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        return DB::select("SELECT * FROM pages WHERE slug = '" . $slug . "'");
    }

    public function showBound(string $slug)
    {
        // ok: trace.php.sql-injection.tainted-query
        return DB::select('SELECT * FROM pages WHERE slug = ?', [$slug]);
    }
}

// every rule reads a queued job's payload: a URL fetched, a column built into SQL
class RecalculateBalances implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(
        public readonly int $ownerId,
        public readonly string $grouping,
        public readonly string $photoUrl,
    ) {}

    public function handle(): void
    {
        // ruleid: trace.php.sql-injection.tainted-query
        DB::statement("INSERT INTO arrears_cache SELECT {$this->grouping}, sum(due) FROM leases WHERE owner_id = ? GROUP BY 1", [$this->ownerId]);
        // ok: trace.php.sql-injection.tainted-query
        DB::statement('DELETE FROM arrears_cache WHERE owner_id = ?', [$this->ownerId]);
        // ruleid: trace.php.ssrf.tainted-url
        $photo = Http::get($this->photoUrl);
    }
}

// a queued job's constructor arguments come from whoever dispatched it (a controller)
class RenderInvoicePdf implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(
        public readonly int $invoiceId,
        public readonly string $documentTitle,
        public readonly InvoiceOptions $options,
        public readonly string $paper = 'A4',
        public readonly string $phone = '',
    ) {}

    public function handle(): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        exec(sprintf('wkhtmltopdf --title "%s" in.html out.pdf', $this->documentTitle));
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('wkhtmltopdf --title "' . $this->options->title . '" in.html out.pdf');
        // ok: trace.php.command-injection.tainted-command
        exec('wkhtmltopdf --title ' . escapeshellarg($this->documentTitle) . ' in.html out.pdf');
        // a number typed as one stays a number
        // ok: trace.php.command-injection.tainted-command
        exec('render-invoice --id ' . $this->invoiceId);
        $paper = in_array($this->paper, ['A4', 'A5', 'Letter'], true) ? $this->paper : 'A4';
        // ok: trace.php.command-injection.tainted-command
        exec('wkhtmltopdf --page-size ' . $paper . ' in.html out.pdf');
        // an id is taken as checked where the job is dispatched (a FormRequest rule)
        // ok: trace.php.command-injection.tainted-command
        exec('send-sms --ref ' . $this->options->reservationId);
        // a phone number is free text
        // ruleid: trace.php.command-injection.tainted-command
        exec('send-sms --to ' . $this->phone);
    }
}

// not a job: a service's constructor arguments are wired by the container
class PdfRenderer
{
    public function __construct(private readonly string $binary) {}

    public function handle(): void
    {
        // ok: trace.php.command-injection.tainted-command
        exec($this->binary . ' --version');
    }
}
