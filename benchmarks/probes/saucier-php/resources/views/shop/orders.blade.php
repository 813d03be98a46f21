@extends('layouts.app')

@section('title', 'Your orders')

@section('content')
<h1>Your orders</h1>

@if ($status)
    @php
        echo '<p class="filter">Showing <strong>' . $status . '</strong> orders · <a href="/shop/orders">clear</a></p>'; // VULN xss
    @endphp
@endif

<table class="orders">
    <thead><tr><th>#</th><th>Status</th><th>Total</th><th>Placed</th><th></th></tr></thead>
    <tbody>
    @forelse ($orders as $order)
        <tr>
            <td>{{ $order->id }}</td>
            <td><span class="badge badge-{{ $order->status }}">{{ ucfirst($order->status) }}</span></td>
            <td>{{ number_format($order->total_cents / 100, 2) }} {{ strtoupper($order->currency) }}</td>
            <td>{{ \Illuminate\Support\Carbon::parse($order->created_at)->toFormattedDateString() }}</td>
            <td><a href="/shop/orders/{{ $order->id }}/invoice">Invoice</a></td>
        </tr>
    @empty
        <tr><td colspan="5">No orders yet — <a href="/shop">browse the pantry</a>.</td></tr>
    @endforelse
    </tbody>
</table>
@endsection
