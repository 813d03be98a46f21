@extends('layouts.app')

@section('title', 'Inspection #' . $inspection->id)

@section('content')
<article class="space-y-4 rounded border bg-white p-4">
    <h1 class="text-xl font-semibold">{{ ucfirst(str_replace('_', ' ', $inspection->inspection_type)) }} inspection</h1>
    <p>
        Permit <a href="{{ route('permits.show', $permit) }}">{{ $permit->reference }}</a>,
        {{ $permit->site_address }}
    </p>

    <dl class="grid grid-cols-3 gap-2">
        <dt>Scheduled</dt>
        <dd class="col-span-2">{{ $inspection->scheduled_for->format('l j F Y') }} ({{ $inspection->scheduled_for->format('H') < 12 ? 'morning' : 'afternoon' }} window)</dd>
        <dt>Inspector</dt>
        <dd class="col-span-2">{{ $inspection->inspector?->name ?? 'To be assigned' }}</dd>
        <dt>Site contact</dt>
        <dd class="col-span-2">{{ $inspection->site_contact_name }}, {{ $inspection->site_contact_phone }}</dd>
        @if ($inspection->contact_url)
            <dt>Site access details</dt>
            <dd class="col-span-2"><a href="{{ $inspection->contact_url }}" rel="noopener">Open access instructions</a></dd> {{-- VULN xss --}}
        @endif
        @if ($inspection->access_notes)
            <dt>Access notes</dt>
            <dd class="col-span-2 whitespace-pre-line">{{ $inspection->access_notes }}</dd> {{-- SAFE xss --}}
        @endif
        <dt>Status</dt>
        <dd class="col-span-2">{{ $inspection->status }}</dd>
    </dl>
</article>
@endsection
