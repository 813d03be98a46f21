@extends('layouts.app')

@section('title', 'Programme - ' . $recital->title)

@section('content')
<article class="programme">
    <header>
        <h1 class="programme__title">{!! $headline !!}</h1> {{-- VULN xss --}}
        <p class="programme__subtitle">{{ $subtitle }}</p> {{-- SAFE xss --}}
        <p class="programme__meta">{{ $recital->starts_at->translatedFormat('l j F Y, H:i') }} &middot; {{ $recital->venue }}</p>
    </header>

    <ol class="programme__list">
        @foreach ($performances as $performance)
            <li>
                <span class="programme__piece">{{ $performance->piece }}</span>
                <span class="programme__performer">{{ $performance->student->full_name }} ({{ ucfirst($performance->student->instrument) }})</span>
            </li>
        @endforeach
    </ol>

    @if ($programNotes !== '')
        <section class="programme__notes"><h2>Programme notes</h2>{{ $programNotes }}</section>
    @endif
</article>
@endsection
