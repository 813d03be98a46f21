<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Find a car - Kerbside Rentals</title></head>
<body>
<section class="fleet-search">
    <h1>Find a car</h1>
    <form method="get" action="{{ route('fleet.search') }}">
        <input type="search" name="q" value="{{ $term }}" placeholder="Make or model, e.g. Corolla"> {{-- SAFE xss --}}
        <button type="submit">Search</button>
    </form>

    @if ($term !== '')
        <p class="summary">{{ $results->count() }} car(s) matching <strong>{!! $term !!}</strong></p> {{-- VULN xss --}}
        <ul class="vehicle-list">
            @forelse ($results as $vehicle)
                <li>{{ $vehicle->make }} {{ $vehicle->model }} &middot; &pound;{{ number_format($vehicle->daily_rate, 2) }}/day &middot; {{ $vehicle->branch_code }}</li>
            @empty
                <li class="empty">Nothing available right now &mdash; try another branch.</li>
            @endforelse
        </ul>
    @endif
</section>
</body>
</html>
