<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', 'Permitly') &middot; City Development Services</title>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body class="bg-slate-50 text-slate-900">
<header class="border-b bg-white">
    <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <a href="{{ route('permits.index') }}" class="font-semibold">Permitly</a>
        @auth
            <form method="POST" action="{{ route('logout') }}">
                @csrf
                <span class="mr-3 text-sm">{{ auth()->user()->name }}</span>
                <button type="submit" class="text-sm underline">Sign out</button>
            </form>
        @endauth
    </div>
</header>
<main class="mx-auto max-w-6xl px-4 py-6">
    @if (session('status'))
        <div class="mb-4 rounded bg-emerald-50 p-3 text-emerald-800">{{ session('status') }}</div>
    @endif
    @yield('content')
</main>
</body>
</html>
