<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <title>{{ $show->catalogue_title ?: $show->name }}</title>
    <style>
        body { font-family: "Times New Roman", serif; font-size: 10pt; }
        h1 { text-align: center; }
        h2 { page-break-before: always; border-bottom: 1px solid #000; }
        .entry { margin: 0 0 4pt 0; }
        .ring-no { display: inline-block; width: 3em; font-weight: bold; }
        footer { position: fixed; bottom: 0; width: 100%; text-align: center; font-size: 8pt; }
    </style>
</head>
<body>
<h1>{{ $show->catalogue_title ?: $show->name }}</h1>
<p style="text-align:center">{{ $show->venue }} &middot; {{ $show->show_date?->format('l j F Y') }}</p>

@foreach ($entriesByBreed as $breed => $entries)
    <h2>{{ $breed }}</h2>
    @foreach ($entries->groupBy(fn ($e) => $e->breedClass->class_code . ' ' . $e->breedClass->name) as $class => $classEntries)
        <h3>{{ $class }}</h3>
        @foreach ($classEntries as $entry)
            <p class="entry">
                <span class="ring-no">{{ $entry->ring_number }}</span>
                {{ $entry->dog->registered_name }} &mdash; {{ $entry->dog->sex === 'B' ? 'B' : 'D' }},
                born {{ $entry->dog->date_of_birth?->format('d.m.y') }}, owner {{ $entry->exhibitor->name }}
            </p>
        @endforeach
    @endforeach
@endforeach

<footer>{!! $footer !!}</footer>
</body>
</html>
