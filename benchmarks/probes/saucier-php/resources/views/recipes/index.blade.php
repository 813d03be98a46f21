@extends('layouts.app')

@section('title', 'Recipes')

@section('content')
<section class="search">
    <form method="GET" action="{{ route('recipes.index') }}">
        <input type="search" name="q" value="{{ $term }}" placeholder="Search 12,000 recipes">
        <select name="cuisine">
            <option value="">Any cuisine</option>
            @foreach ($cuisines as $cuisine)
                <option value="{{ $cuisine }}">{{ ucfirst($cuisine) }}</option>
            @endforeach
        </select>
        <button type="submit">Search</button>
    </form>

    @if ($term !== '')
        <p class="summary">{{ $recipes->count() }} results for <mark>{!! $term !!}</mark></p> {{-- VULN xss --}}
    @endif
</section>

<section class="grid">
    @foreach ($recipes as $recipe)
        <article class="card">
            <a href="{{ route('recipes.show', $recipe->slug) }}">
                <img src="{{ $recipe->image_path ? asset('storage/' . $recipe->image_path) : asset('img/placeholder.webp') }}" alt="">
                <h2>{{ $recipe->title }}</h2>
            </a>
            <p class="meta">{{ $recipe->totalMinutes() }} min · {{ $recipe->author->name ?? 'Saucier' }}</p>
        </article>
    @endforeach
</section>
@endsection
