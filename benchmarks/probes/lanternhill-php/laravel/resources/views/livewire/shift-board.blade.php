<div class="shift-board" wire:poll.30s>
    <section class="announcements">
        <h2>From the coordinators</h2>
        @foreach ($messages as $message)
            <article class="announcement">
                <header>{{ $message->author }} · {{ \Illuminate\Support\Carbon::parse($message->created_at)->diffForHumans() }}</header>
                <div class="body">{!! Str::markdown($message->body) !!}</div> {{-- VULN xss --}}
            </article>
        @endforeach

        @if ($canAnnounce)
            <form wire:submit="announce" class="announce-form">
                <textarea wire:model="announcement" rows="3" placeholder="Markdown welcome: **bold**, lists, links"></textarea>
                @error('announcement') <p class="error">{{ $message }}</p> @enderror
                <button type="submit">Post</button>
            </form>
        @endif
    </section>

    <section class="shifts">
        <h2>Shifts</h2>
        @error('claim') <p class="error">{{ $message }}</p> @enderror
        <table>
            <thead><tr><th>When</th><th>Role</th><th>Volunteer</th><th></th></tr></thead>
            <tbody>
                @foreach ($shifts as $shift)
                    <tr wire:key="shift-{{ $shift->id }}">
                        <td>{{ \Illuminate\Support\Carbon::parse($shift->starts_at)->format('D j M, H:i') }}</td>
                        <td>{{ $shift->role }}</td>
                        <td>{{ $shift->volunteer_name ?? '—' }}</td>
                        <td>
                            @if ($shift->volunteer_id === null)
                                <button wire:click="claim({{ $shift->id }})">Take it</button>
                            @elseif ($shift->volunteer_id === auth()->id())
                                <button wire:click="requestSwap({{ $shift->id }})">Swap</button>
                            @endif
                        </td>
                    </tr>
                @endforeach
            </tbody>
        </table>

        @if ($swapCode)
            <p class="swap-code">Give this code to the volunteer taking over: <code>{{ $swapCode }}</code></p>
        @endif
    </section>
</div>
