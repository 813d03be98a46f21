<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Search &middot; Slatebook Parent Portal</title>
    @vite(['resources/css/portal.css'])
</head>
<body class="portal">
<section class="search-results">
    <h1>Announcements matching &ldquo;{{ $query }}&rdquo;</h1> {{-- SAFE xss --}}
    @if ($highlightHtml !== '')
        <p class="hint">Showing results highlighted for {!! $highlightHtml !!}</p> {{-- VULN xss --}}
    @endif
    @forelse ($results as $item)
        <article class="announcement">
            <h2><a href="/announcements/{{ $item->id }}">{{ $item->title }}</a></h2>
            <time datetime="{{ $item->published_at }}">{{ $item->published_at }}</time>
        </article>
    @empty
        <p class="empty">No announcements found.</p>
    @endforelse
</section>
</body>
</html>
