@extends('layouts.app')

@section('title', $permit->reference)

@section('content')
<article class="space-y-6">
    <header>
        <p class="text-sm uppercase tracking-wide text-slate-500">{{ str_replace('_', ' ', $permit->work_type) }}</p>
        <h1 class="text-2xl font-semibold">{{ $permit->reference }} &middot; {{ $permit->site_address }}</h1>
        <p>Status: <strong>{{ ucfirst(str_replace('_', ' ', $permit->status)) }}</strong></p>
    </header>

    <section class="grid grid-cols-2 gap-4 rounded border bg-white p-4">
        <div>
            <h2 class="font-semibold">Applicant</h2>
            <p>{{ $permit->applicant_name }}</p> {{-- SAFE xss --}}
            <p class="text-sm text-slate-600">{{ $permit->applicant_email }}</p>
        </div>
        <div>
            <h2 class="font-semibold">Contractor</h2>
            @if ($permit->contractor)
                <p>{{ $permit->contractor->company_name }}</p>
                <p class="text-sm text-slate-600">Licence {{ $permit->contractor->licence_number }} ({{ $permit->contractor->licence_class }})</p>
            @else
                <p class="text-slate-500">Owner-builder</p>
            @endif
        </div>
    </section>

    <section class="rounded border bg-white p-4">
        <h2 class="font-semibold">Description of work</h2>
        <div class="prose max-w-none">{!! nl2br($permit->description) !!}</div> {{-- VULN xss --}}

        @if ($permit->scope_notes)
            <h3 class="mt-4 font-semibold">Scope notes</h3>
            <div class="prose max-w-none">{!! nl2br(e($permit->scope_notes)) !!}</div> {{-- SAFE xss --}}
        @endif

        <dl class="mt-4 grid grid-cols-3 gap-2 text-sm">
            <dt>Parcel</dt><dd class="col-span-2">{{ $permit->parcel_number }}</dd>
            <dt>Zoning</dt><dd class="col-span-2">{{ $permit->zoning_code ?? 'pending GIS lookup' }}</dd>
            <dt>Estimated value</dt><dd class="col-span-2">${{ number_format((float) $permit->estimated_value, 2) }}</dd>
        </dl>
    </section>

    <section class="rounded border bg-white p-4">
        <h2 class="font-semibold">Documents</h2>
        <ul class="divide-y">
            @forelse ($documents as $document)
                <li class="flex justify-between py-2">
                    <a href="{{ route('documents.download', ['permit' => $permit, 'name' => $document->stored_name]) }}">{{ $document->original_name }}</a>
                    <span class="text-sm text-slate-500">{{ number_format($document->size / 1024) }} KB</span>
                </li>
            @empty
                <li class="py-2 text-slate-500">No documents uploaded yet.</li>
            @endforelse
        </ul>
    </section>

    <section class="rounded border bg-white p-4">
        <h2 class="font-semibold">Inspections</h2>
        <table class="w-full text-sm">
            <thead><tr><th class="text-left">Type</th><th class="text-left">When</th><th class="text-left">Status</th></tr></thead>
            <tbody>
            @foreach ($permit->inspections as $inspection)
                <tr>
                    <td><a href="{{ route('inspections.show', $inspection) }}">{{ str_replace('_', ' ', $inspection->inspection_type) }}</a></td>
                    <td>{{ $inspection->scheduled_for?->format('D j M Y, H:i') }}</td>
                    <td>{{ $inspection->status }}</td>
                </tr>
            @endforeach
            </tbody>
        </table>
    </section>

    @if ($draft)
        <form method="POST" action="{{ route('permits.drafts.restore') }}">
            @csrf
            <input type="hidden" name="draft" value="{{ $draft }}">
            <button type="submit" class="text-sm underline">Copy into a new application</button>
        </form>
    @endif
</article>
@endsection
