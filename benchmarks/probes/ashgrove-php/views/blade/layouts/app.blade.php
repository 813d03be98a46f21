<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>@yield('title', 'Bookings') · Ashgrove Village Hall</title>
    <link rel="stylesheet" href="/assets/hall.css">
</head>
<body>
<header class="site-header">
    <a class="brand" href="/">Ashgrove Village Hall</a>
    <nav>
        <a href="/bookings/new">Book a room</a>
        <a href="/allotments">Allotments</a>
        @isset($currentMember)
            <a href="/account/profile">{{ $currentMember->display_name }}</a>
            <a href="/account/logout">Sign out</a>
        @else
            <a href="/account/login">Sign in</a>
        @endisset
    </nav>
</header>
<main>
    @yield('content')
</main>
<footer>
    <p>Ashgrove Village Hall, Church Lane, Ashgrove · Registered charity 1023456</p>
</footer>
</body>
</html>
