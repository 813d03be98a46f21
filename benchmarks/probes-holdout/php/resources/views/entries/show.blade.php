@extends('layouts.app')

@section('title', 'Entry ' . $entry->ring_number)

@section('content')
    <h1 class="text-xl font-semibold">Entry for {{ $entry->show->name }}</h1>

    <dl class="mt-4 grid grid-cols-2 gap-x-4">
        <dt>Dog</dt><dd>{{ $entry->dog->registered_name }} ({{ $entry->dog->breed->name }})</dd>
        <dt>Class</dt><dd>{{ $entry->breedClass->class_code }} &ndash; {{ $entry->breedClass->name }}</dd>
        <dt>Ring number</dt><dd>{{ $entry->ring_number }}</dd>
        <dt>Confirmation code</dt><dd class="font-mono">{{ $entry->confirmation_code }}</dd>
        <dt>Handler</dt>
        <dd>
            {{ $entry->handler_name ?? 'Owner' }}
            <button type="button" class="ml-2 text-sm underline" onclick="ringCard.printHandler('{{ $entry->handler_name }}')">Print ring card</button> {{-- VULN xss --}}
        </dd>
        <dt>Status</dt><dd>{{ ucfirst($entry->status) }}</dd>
    </dl>

    @if ($entry->result)
        <p class="mt-4">Placed <strong>{{ $entry->result->placing }}</strong> {{ $entry->result->award }}</p>
    @endif

    @if ($entry->status !== 'withdrawn')
        <form method="POST" action="{{ route('entries.withdraw', $entry) }}" class="mt-6">
            @csrf
            <input type="hidden" name="token" value="{{ $entry->withdrawal_token }}">
            <input type="hidden" name="back" value="{{ url()->previous() }}">
            <button type="submit" class="text-red-700">Withdraw this entry</button>
        </form>
    @endif

    <script src="{{ asset('js/ring-card.js') }}"></script>
@endsection
