<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>{{ $production->title }} — programme notes</title>
    <link rel="stylesheet" href="{{ asset('css/programme-print.css') }}">
</head>
<body class="print">
    <h1>{{ $production->title }}</h1>
    <p class="dates">{{ $production->opens_on?->format('j F') }} – {{ $production->closes_on?->format('j F Y') }}</p>
    <div class="director-notes">{!! nl2br(e($body)) !!}</div> {{-- SAFE xss --}}
    <footer>Lanternhill Community Theatre</footer>
</body>
</html>
