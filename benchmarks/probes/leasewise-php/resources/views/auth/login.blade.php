@extends('layouts.app')

@section('title', 'Sign in')

@section('content')
<section class="auth-card">
    <h1>Sign in to Leasewise</h1>

    <form method="POST" action="{{ url('/login') }}">
        @csrf
        <input type="hidden" name="return_to" value="{{ $returnTo }}">

        <label for="email">Email</label>
        <input id="email" type="email" name="email" value="{{ old('email') }}" required autofocus>

        <label for="password">Password</label>
        <input id="password" type="password" name="password" required>

        <label class="checkbox">
            <input type="checkbox" name="remember" value="1"> Keep me signed in
        </label>

        <button type="submit">Sign in</button>
    </form>
</section>
@endsection
