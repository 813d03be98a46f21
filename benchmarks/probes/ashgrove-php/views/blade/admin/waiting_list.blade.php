@extends('layouts.app')

@section('title', 'Allotment waiting list')

@section('content')
<h1>Allotment waiting list</h1>
<table class="waiting-list">
    <thead>
    <tr>
        <th><a href="?sort=applied">Applied</a></th>
        <th><a href="?sort=name">Name</a></th>
        <th><a href="?sort=site">Site</a></th>
        <th><a href="?sort=postcode">Postcode</a></th>
        <th>Half plot?</th>
        <th>Website</th>
    </tr>
    </thead>
    <tbody>
    @foreach ($entries as $row)
        <tr>
            <td>{{ $row['entry']->applied_at->format('j M Y') }}</td>
            <td>{{ $row['entry']->applicant_name }}</td>
            <td>{{ $row['entry']->preferred_site }}</td>
            <td>{{ $row['entry']->postcode }}</td>
            <td>{{ $row['entry']->half_plot_ok ? 'Yes' : 'No' }}</td>
            <td>@if ($row['link'])<a href="{{ $row['link'] }}" rel="nofollow noopener">website</a>@endif</td> {{-- SAFE xss --}}
        </tr>
    @endforeach
    </tbody>
</table>
@endsection
