@extends('layouts.app')

@section('title', 'Booking ' . $booking->reference)

@section('content')
<article class="booking">
    <h1>{{ $booking->title }}</h1> {{-- SAFE xss --}}
    <dl>
        <dt>Reference</dt><dd>{{ $booking->reference }}</dd>
        <dt>Room</dt><dd>{{ $booking->room->name }}</dd>
        <dt>When</dt>
        <dd>{{ $booking->starts_at->format('l j F Y, g:ia') }} – {{ $booking->ends_at->format('g:ia') }}</dd>
        <dt>Guests</dt><dd>{{ $booking->attendees }}</dd>
        <dt>Quoted price</dt><dd>@money($booking->quoted_price)</dd>
        <dt>Status</dt><dd class="status status-{{ $booking->status }}">{{ ucfirst($booking->status) }}</dd>
    </dl>

    @if ($booking->notes)
        <section class="notes">
            <h2>Notes for the caretaker</h2>
            <div class="notes-body">{!! nl2br($booking->notes) !!}</div> {{-- VULN xss --}}
        </section>
    @endif

    @if ($booking->status === 'pending')
        <form method="post" action="/pay/start">
            <input type="hidden" name="reference" value="{{ $booking->reference }}">
            <button type="submit">Pay deposit</button>
        </form>
    @endif
</article>
@endsection
