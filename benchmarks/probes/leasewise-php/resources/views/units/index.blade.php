@extends('layouts.app')

@section('title', 'Units')

@section('content')
<h1>Units</h1>

<form method="GET" action="{{ route('units.index') }}" class="filters">
    <input type="text" name="city" value="{{ $filters['city'] ?? '' }}" placeholder="City">
    <input type="number" name="min_rent" value="{{ $filters['min_rent'] ?? '' }}" placeholder="Min rent">
    <input type="number" name="max_rent" value="{{ $filters['max_rent'] ?? '' }}" placeholder="Max rent">
    <select name="bedrooms">
        <option value="">Any beds</option>
        @foreach (range(0, 5) as $beds)
            <option value="{{ $beds }}" @selected(($filters['bedrooms'] ?? null) == $beds)>{{ $beds }}+</option>
        @endforeach
    </select>
    <select name="sort">
        <option value="rent_cents">Rent</option>
        <option value="bedrooms">Bedrooms</option>
        <option value="square_feet">Size</option>
    </select>
    <button type="submit">Filter</button>
</form>

<table class="table">
    <thead>
        <tr><th>Property</th><th>Unit</th><th>Beds</th><th>Baths</th><th>Sq ft</th><th>Rent</th><th>Status</th></tr>
    </thead>
    <tbody>
        @foreach ($units as $unit)
            <tr>
                <td>{{ $unit->property->name }}</td>
                <td><a href="{{ route('units.show', $unit) }}">{{ $unit->label }}</a></td>
                <td>{{ $unit->bedrooms }}</td>
                <td>{{ $unit->bathrooms }}</td>
                <td>{{ number_format($unit->square_feet) }}</td>
                <td>{{ \App\Support\Money::format($unit->rent_cents) }}</td>
                <td><span class="badge status-{{ $unit->status }}">{{ $unit->status }}</span></td>
            </tr>
        @endforeach
    </tbody>
</table>

{{ $units->links() }}
@endsection
