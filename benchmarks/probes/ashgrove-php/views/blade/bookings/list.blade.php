@extends('layouts.app')

@section('title', 'All bookings')

@section('content')
<h1>Bookings</h1>
<form method="get" class="filters">
    <label>Status
        <select name="status">
            <option value="">Any</option>
            @foreach (['pending', 'confirmed', 'cancelled'] as $s)
                <option value="{{ $s }}" @selected($search->status === $s)>{{ ucfirst($s) }}</option>
            @endforeach
        </select>
    </label>
    <input type="hidden" name="sort" value="{{ $search->sort }}">
    <button type="submit">Filter</button>
</form>

<table class="bookings">
    <thead>
    <tr>
        <th><a href="?sort=date&amp;dir={{ $search->direction === 'asc' ? 'desc' : 'asc' }}">Date</a></th>
        <th><a href="?sort=room">Room</a></th>
        <th><a href="?sort=hirer">Hirer</a></th>
        <th>Event</th>
        <th><a href="?sort=price">Price</a></th>
        <th><a href="?sort=status">Status</a></th>
    </tr>
    </thead>
    <tbody>
    @forelse ($bookings as $booking)
        <tr>
            <td>{{ $booking->starts_at->format('D j M, H:i') }}</td>
            <td>{{ $booking->room_name }}</td>
            <td>{{ $booking->hirer }}</td>
            <td><a href="/bookings/{{ $booking->id }}">{{ $booking->title }}</a></td>
            <td>@money($booking->quoted_price)</td>
            <td>{{ $booking->status }}</td>
        </tr>
    @empty
        <tr><td colspan="6">No bookings match.</td></tr>
    @endforelse
    </tbody>
</table>
<p class="pager">
    @if ($search->page > 1)
        <a href="?page={{ $search->page - 1 }}&amp;sort={{ urlencode($search->sort) }}">Previous</a>
    @endif
    <a href="?page={{ $search->page + 1 }}&amp;sort={{ urlencode($search->sort) }}">Next</a>
</p>
@endsection
