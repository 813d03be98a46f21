<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', 'Leasewise')</title>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body class="@yield('body-class', 'app')">
    <nav class="topbar">
        <a href="{{ route('dashboard') }}" class="brand">Leasewise</a>
        @auth
            <a href="{{ route('units.index') }}">Units</a>
            <a href="{{ route('tenants.index') }}">Tenants</a>
            <span class="user">{{ auth()->user()->name }}</span>
            <form method="POST" action="{{ route('logout') }}" class="inline">
                @csrf
                <button type="submit" class="link">Sign out</button>
            </form>
        @endauth
    </nav>

    <main class="container">
        @if (session('status'))
            <div class="flash flash-success">{{ session('status') }}</div>
        @endif

        @if ($errors->any())
            <div class="flash flash-error">
                <ul>
                    @foreach ($errors->all() as $error)
                        <li>{{ $error }}</li>
                    @endforeach
                </ul>
            </div>
        @endif

        @yield('content')
    </main>

    <footer class="site-footer">&copy; {{ date('Y') }} Leasewise Property Management</footer>
</body>
</html>
