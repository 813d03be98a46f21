@extends('layouts.app')

@section('title', 'Sign in')

@section('content')
<form method="POST" action="{{ route('login.attempt') }}" class="mx-auto max-w-sm space-y-4">
    @csrf
    <input type="hidden" name="return_to" value="{{ $returnTo }}">
    <label class="block">
        <span>Email</span>
        <input type="email" name="email" value="{{ old('email') }}" required class="w-full rounded border p-2">
    </label>
    <label class="block">
        <span>Password</span>
        <input type="password" name="password" required class="w-full rounded border p-2">
    </label>
    @error('email')
        <p class="text-sm text-red-700">{{ $message }}</p>
    @enderror
    <label class="flex items-center gap-2 text-sm"><input type="checkbox" name="remember" value="1"> Keep me signed in</label>
    <button type="submit" class="rounded bg-blue-700 px-4 py-2 text-white">Sign in</button>
    <p class="text-sm"><a href="{{ config('permitly.jwt.sso_issuer') }}/authorize?client_id=permitly&amp;state={{ urlencode((string) $returnTo) }}">Sign in with City account</a></p>
</form>
@endsection
