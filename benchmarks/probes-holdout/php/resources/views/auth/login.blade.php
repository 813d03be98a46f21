@extends('layouts.app')

@section('title', 'Sign in')

@section('content')
    <h1 class="text-xl font-semibold">Sign in</h1>
    <form method="POST" action="{{ url('/login') }}" class="mt-4 max-w-sm space-y-3">
        @csrf
        <input type="hidden" name="return_to" value="{{ $returnTo }}"> {{-- SAFE xss --}}
        <label class="block">E-mail
            <input type="email" name="email" value="{{ old('email') }}" required class="w-full border p-2">
        </label>
        <label class="block">Password
            <input type="password" name="password" required class="w-full border p-2">
        </label>
        <label><input type="checkbox" name="remember" value="1"> Keep me signed in</label>
        <button type="submit" class="rounded bg-stone-800 px-4 py-2 text-white">Sign in</button>
    </form>
    <p class="mt-6"><a href="{{ config('showring.jwt.issuer') }}/authorize?client=showring">Sign in with your society account</a></p>
@endsection
