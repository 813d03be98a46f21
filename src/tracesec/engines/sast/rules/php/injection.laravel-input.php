<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreReviewRequest;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Redirect;
use Illuminate\Support\Facades\Response;
use Illuminate\Support\Facades\View;

class ReviewController extends Controller
{
    // Laravel reads a field as a property of the request
    public function search(Request $request)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = DB::select("SELECT * FROM reviews WHERE title = '" . $request->title . "'");
        // ruleid: trace.php.sql-injection.tainted-query
        $more = DB::select("SELECT * FROM reviews WHERE author = '" . request()->author . "'");
        // ok: trace.php.sql-injection.tainted-query
        $byYear = DB::select("SELECT * FROM reviews WHERE year = " . $request->integer('year'));
        // a property of another object with the same name
        $book = Book::findOrFail($request->input('book_id'));
        // ok: trace.php.sql-injection.tainted-query
        $same = DB::select("SELECT * FROM reviews WHERE title = '" . $book->title . "'");
        // ok: trace.php.sql-injection.tainted-query
        $page = DB::select("SELECT * FROM reviews LIMIT 10 OFFSET " . (int) $request->page);
        return [$rows, $more, $byYear, $same, $page];
    }

    // the URL's segments and the User-Agent header
    public function trail(Request $request)
    {
        // ruleid: trace.php.xss.tainted-echo
        echo '<li>' . $request->segment(2) . '</li>';
        // ok: trace.php.xss.tainted-echo
        echo '<li>' . (int) $request->segment(3) . '</li>';
        // ruleid: trace.php.xss.tainted-echo
        echo '<small>' . $request->userAgent() . '</small>';
    }

    // an untyped route parameter of an action (`Route::get('/reviews/{slug}', ...)`)
    public function show($slug)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        return DB::select("SELECT * FROM reviews WHERE slug = '" . $slug . "'");
    }

    // an untyped parameter named for an identifier is taken for a number
    public function edit($reviewId)
    {
        // ok: trace.php.sql-injection.tainted-query
        return DB::select("SELECT * FROM reviews WHERE id = " . $reviewId);
    }

    // a controller's response helpers: make() sends the string as it is
    public function preview(Request $request)
    {
        // ruleid: trace.php.xss.tainted-echo
        return response()->make('<h1>' . $request->input('title') . '</h1>', 200);
    }

    public function previewFacade(Request $request)
    {
        // ruleid: trace.php.xss.tainted-echo
        return Response::make('<h1>' . $request->input('title') . '</h1>');
    }

    public function previewView(Request $request)
    {
        // a view factory's make() renders an escaping template
        // ok: trace.php.xss.tainted-echo
        return response(View::make('reviews.preview', ['title' => $request->input('title')]));
    }

    public function rewrite(Request $request)
    {
        $response = response('');
        // ruleid: trace.php.xss.tainted-echo
        $response->setContent('<p>' . $request->input('body') . '</p>');
        return $response;
    }

    public function export(Request $request)
    {
        $response = response('');
        $response->headers->set('Content-Type', 'text/csv');
        // ok: trace.php.xss.tainted-echo
        $response->setContent($request->input('body'));
        return $response;
    }

    public function attachment(Request $request)
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return Response::file(storage_path('reviews/' . $request->input('file')));
    }

    public function attachmentByName(Request $request)
    {
        // ok: trace.php.path-traversal.tainted-file-path
        return Response::file(storage_path('reviews/' . basename($request->input('file'))));
    }

    public function login(Request $request)
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return redirect()->guest($request->input('login_url'));
    }

    public function loginFacade(Request $request)
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return Redirect::intended($request->query('continue'));
    }

    public function loginFixed()
    {
        // ok: trace.php.open-redirect.tainted-redirect
        return Redirect::guest(route('login'));
    }
}

// Guzzle's client bound to a base URI from the request
class PartnerFeedController extends Controller
{
    public function fetch(Request $request)
    {
        // ruleid: trace.php.ssrf.tainted-url
        $client = new \GuzzleHttp\Client(['base_uri' => $request->input('endpoint'), 'timeout' => 5]);
        return $client->get('/feed.json')->getBody();
    }

    public function fetchKnown()
    {
        // ok: trace.php.ssrf.tainted-url
        $client = new \GuzzleHttp\Client(['base_uri' => config('services.partner.url')]);
        return $client->get('/feed.json')->getBody();
    }

    public function send(Request $request)
    {
        $client = new \GuzzleHttp\Client();
        // ruleid: trace.php.ssrf.tainted-url
        return $client->send(new \GuzzleHttp\Psr7\Request('GET', $request->input('url')));
    }
}

\Route::get('/tags/{tag}', function ($tag) {
    // ruleid: trace.php.xss.tainted-echo
    return response('<h1>' . $tag . '</h1>');
});

\Route::get('/tags/{id}/count', function (int $id) {
    // ok: trace.php.xss.tainted-echo
    return response('<h1>' . $id . '</h1>');
});
