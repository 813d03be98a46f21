@extends('layouts.app')

@section('title', $dog->registered_name)

@section('content')
    <div class="flex gap-6">
        @if ($dog->photo_path)
            <img src="{{ route('media.show', ['path' => $dog->photo_path]) }}" alt="Photo of {{ $dog->call_name }}" class="h-60 w-60 object-cover">
        @endif
        <div>
            <h1 class="text-2xl font-bold">{{ $dog->registered_name }}</h1>
            <p class="text-lg">Known as <strong>{{ $dog->call_name }}</strong></p> {{-- SAFE xss --}}
            <dl class="mt-3 grid grid-cols-2 gap-x-4 text-sm">
                <dt>Breed</dt><dd>{{ $dog->breed?->name }}</dd>
                <dt>Sex</dt><dd>{{ $dog->sex === 'B' ? 'Bitch' : 'Dog' }}</dd>
                <dt>Born</dt><dd>{{ $dog->date_of_birth?->format('j F Y') }}</dd>
                <dt>Registration</dt><dd>{{ $dog->reg_number }}</dd>
                <dt>Kennel</dt><dd>{{ $dog->kennel?->name }} ({{ $dog->kennel?->affix }})</dd>
            </dl>
        </div>
    </div>

    <section class="prose mt-6">
        <h2>About {{ $dog->call_name }}</h2>
        {!! strip_tags($dog->bio ?? '', '<p><br><em><strong><a><ul><li>') !!} {{-- VULN xss --}}
    </section>

    <section class="mt-6">
        <h2 class="text-lg font-semibold">Show record</h2>
        <table class="w-full text-sm">
            <thead><tr><th>Show</th><th>Date</th><th>Placing</th><th>Award</th></tr></thead>
            <tbody>
            @foreach ($dog->entries as $entry)
                <tr>
                    <td>{{ $entry->show->name }}</td>
                    <td>{{ $entry->show->show_date?->format('j M Y') }}</td>
                    <td>{{ $entry->result?->placing ?? '—' }}</td>
                    <td>{{ $entry->result?->award }}</td>
                </tr>
            @endforeach
            </tbody>
        </table>
    </section>

    @if ($dog->isEditableBy(auth()->user()))
        <form method="POST" action="{{ route('dogs.photo', $dog) }}" class="mt-6 flex gap-2">
            @csrf
            <input type="url" name="photo_url" placeholder="https://images.kennelclub.example.org/..." class="flex-1 border p-2">
            <button type="submit">Import photo</button>
        </form>
    @endif
@endsection
