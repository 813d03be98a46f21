<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', 'Showring') &middot; {{ config('showring.society_name') }}</title>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body class="bg-stone-50 text-stone-900">
<header class="border-b bg-white">
    <nav class="mx-auto flex max-w-6xl items-center justify-between p-4">
        <a href="{{ route('home') }}" class="font-semibold">Showring</a>
        @auth
            <div class="flex gap-4">
                <a href="{{ route('dogs.index') }}">Dogs</a>
                <span>{{ auth()->user()->name }}</span>
                <form method="POST" action="{{ route('logout') }}">
                    @csrf
                    <input type="hidden" name="next" value="{{ request()->getRequestUri() }}">
                    <button type="submit">Sign out</button>
                </form>
            </div>
        @else
            <a href="{{ route('login', ['return_to' => request()->getRequestUri()]) }}">Sign in</a>
        @endauth
    </nav>
</header>

<main class="mx-auto max-w-6xl p-4">
    @if (session('status'))
        <div class="mb-4 rounded bg-green-100 p-3">{{ session('status') }}</div>
    @endif
    @if ($errors->any())
        <ul class="mb-4 rounded bg-red-100 p-3">
            @foreach ($errors->all() as $error)
                <li>{{ $error }}</li>
            @endforeach
        </ul>
    @endif

    @yield('content')
</main>
</body>
</html>
