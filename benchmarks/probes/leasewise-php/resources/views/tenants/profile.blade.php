@extends('layouts.app')

@section('title', $tenant->full_name)

@section('content')
<section class="tenant-profile">
    <h1>{{ $tenant->full_name }}</h1>

    <dl class="details">
        <dt>Email</dt>
        <dd><a href="mailto:{{ $tenant->email }}">{{ $tenant->email }}</a></dd>

        <dt>Phone</dt>
        <dd>{{ $tenant->phone ?? '—' }}</dd>

        @if ($tenant->website)
            <dt>Website</dt>
            <dd><a href="{{ $tenant->website }}" rel="nofollow noopener" target="_blank">{{ $tenant->website }}</a></dd> {{-- VULN xss --}}
        @endif

        <dt>Notes</dt>
        <dd class="notes">{{ $tenant->notes }}</dd>
    </dl>

    <h2>Leases</h2>
    <table class="table">
        <thead>
            <tr><th>Property</th><th>Unit</th><th>Term</th><th>Rent</th><th>Status</th></tr>
        </thead>
        <tbody>
            @forelse ($tenant->leases as $lease)
                <tr>
                    <td>{{ $lease->unit->property->name }}</td>
                    <td>{{ $lease->unit->label }}</td>
                    <td>{{ $lease->starts_on->format('M j, Y') }} &ndash; {{ $lease->ends_on?->format('M j, Y') ?? 'month-to-month' }}</td>
                    <td>{{ \App\Support\Money::format($lease->rent_cents) }}</td>
                    <td>{{ $lease->status }}</td>
                </tr>
            @empty
                <tr><td colspan="5">No leases on file.</td></tr>
            @endforelse
        </tbody>
    </table>

    <form method="POST" action="{{ route('tenants.invite', $tenant) }}">
        @csrf
        <button type="submit">Send portal invitation</button>
    </form>
</section>
@endsection
