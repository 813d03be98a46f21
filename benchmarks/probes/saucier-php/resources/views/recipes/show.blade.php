@extends('layouts.app')

@section('title', $recipe->title)

@section('content')
<article class="recipe">
    <h1>{{ $recipe->title }}</h1>
    <p class="byline">by {{ $recipe->author->name ?? 'Saucier' }} · serves {{ $recipe->servings }}</p>

    <div class="summary">{!! nl2br(e($recipe->summary)) !!}</div> {{-- SAFE xss --}}

    <h2>Ingredients</h2>
    <ul class="ingredients">
        @foreach ($recipe->ingredients ?? [] as $line)
            <li>{{ $line['amount'] }} {{ $line['unit'] }} {{ $line['name'] }}</li>
        @endforeach
    </ul>

    <form method="POST" action="{{ route('recipes.scale', $recipe) }}" data-scale>
        @csrf
        <label>Servings <input name="servings" value="{{ $recipe->servings }}"></label>
        <select name="unit_system"><option>metric</option><option>imperial</option></select>
        <button>Rescale</button>
    </form>
</article>
@endsection
