@extends('layouts.app')

@section('title', 'Maintenance request #'.$ticket->id)

@section('content')
<article class="ticket ticket-{{ $ticket->priority }}">
    <header>
        <h1>{{ ucfirst($ticket->category) }} &mdash; Unit {{ $ticket->unit->label }}</h1>
        <p class="meta">
            {{ $ticket->unit->property->name }}
            &middot; opened {{ $ticket->created_at->diffForHumans() }}
            @if ($ticket->reporter)
                by {{ $ticket->reporter->name }}
            @endif
        </p>
        <span class="badge status-{{ $ticket->status }}">{{ str_replace('_', ' ', $ticket->status) }}</span>
    </header>

    <section class="description">
        <h2>Description</h2>
        <p>{!! nl2br($ticket->description) !!}</p> {{-- VULN xss --}}
        @if ($ticket->permission_to_enter)
            <p class="note">Tenant has given permission to enter when not home.</p>
        @endif
    </section>

    @if ($ticket->vendor_notes)
        <section class="vendor-notes">
            <h2>Vendor notes</h2>
            <p>{!! nl2br(e($ticket->vendor_notes)) !!}</p> {{-- SAFE xss --}}
        </section>
    @endif

    <form method="POST" action="{{ route('maintenance.update', $ticket) }}" class="ticket-update">
        @csrf
        @method('PATCH')
        <label for="status">Status</label>
        <select id="status" name="status">
            @foreach (\App\Models\MaintenanceRequest::STATUSES as $status)
                <option value="{{ $status }}" @selected($ticket->status === $status)>{{ str_replace('_', ' ', $status) }}</option>
            @endforeach
        </select>
        <label for="vendor_notes">Add vendor notes</label>
        <textarea id="vendor_notes" name="vendor_notes" rows="4">{{ old('vendor_notes') }}</textarea>
        <button type="submit">Update request</button>
    </form>
</article>
@endsection
