@extends('layouts.app')

@section('title', 'Results - ' . $show->name)

@section('content')
    <h1 class="text-xl font-semibold">{{ $show->name }} &mdash; results</h1>

    @if (session('export_file'))
        <p class="mt-2"><a href="{{ route('media.export', ['file' => session('export_file')]) }}">Download {{ session('export_file') }}</a></p>
    @endif

    <div class="mt-4 grid grid-cols-3 gap-6">
        <div class="col-span-2">
            <table class="w-full text-sm">
                <thead>
                <tr>
                    @foreach (['class' => 'Class', 'dog' => 'Dog', 'placing' => 'Placing', 'points' => 'Points'] as $key => $label)
                        <th><a href="{{ route('results.index', ['show' => $show, 'sort' => $key, 'dir' => $sort === $key && request('dir') !== 'desc' ? 'desc' : 'asc']) }}">{{ $label }}</a></th>
                    @endforeach
                </tr>
                </thead>
                <tbody>
                @foreach ($results as $result)
                    <tr>
                        <td>{{ $result->class_code }}</td>
                        <td>{{ $result->registered_name }}</td>
                        <td>{{ $result->placing }}</td>
                        <td>{{ $result->points }}</td>
                    </tr>
                    @if ($result->critique)
                        <tr>
                            <td colspan="4" class="critique prose">
                                {!! Str::markdown($result->critique) !!} {{-- VULN xss --}}
                            </td>
                        </tr>
                    @endif
                    @if ($result->steward_notes && auth()->user()->isSecretary())
                        <tr>
                            <td colspan="4" class="text-xs text-stone-500">
                                {!! nl2br(e($result->steward_notes)) !!} {{-- SAFE xss --}}
                            </td>
                        </tr>
                    @endif
                @endforeach
                </tbody>
            </table>
        </div>

        <aside>
            <h2 class="font-semibold">Leaderboard</h2>
            <ol class="list-decimal pl-5">
                @foreach ($leaderboard as $row)
                    <li>{{ $row->registered_name }} &ndash; {{ $row->score }}</li>
                @endforeach
            </ol>
        </aside>
    </div>
@endsection
