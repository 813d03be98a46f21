@extends('layouts.app')

@section('title', 'Plot ' . $plot->reference)

@section('content')
<article class="plot">
    <h1>Plot {{ $plot->reference }} <small>{{ $plot->site_name }}</small></h1>
    <ul class="facts">
        <li>{{ rtrim(rtrim(number_format((float) $plot->size_rods, 1), '0'), '.') }} rods</li>
        <li>{{ $plot->water_access ? 'Water trough nearby' : 'No water on this plot' }}</li>
        <li>Annual rent @money($plot->annual_rent)</li>
    </ul>

    @if ($plot->status === 'let' && $plot->holder_name)
        <section class="holder">
            <h2>Tended by {{ $plot->holder_name }}</h2>
            @if ($plot->holder_website)
                <p><a href="{{ $plot->holder_website }}" rel="nofollow">Follow the plot diary</a></p> {{-- VULN xss --}}
            @endif
        </section>
    @else
        <p>This plot is vacant. <a href="/allotments/waiting-list/apply">Join the waiting list</a>.</p>
    @endif
</article>
@endsection
