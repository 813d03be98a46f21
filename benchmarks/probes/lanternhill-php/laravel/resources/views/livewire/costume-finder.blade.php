<div class="costume-finder">
    <div class="finder-controls">
        <input type="search" wire:model.live.debounce.300ms="term" placeholder="Search name or era…" autocomplete="off">
        <select wire:model.live="category">
            @foreach ($categories as $cat)
                <option value="{{ $cat }}">{{ ucfirst($cat) }}</option>
            @endforeach
        </select>
    </div>

    <ul class="finder-results">
        @forelse ($results as $costume)
            <li wire:key="costume-{{ $costume->id }}" @class(['selected' => $selected === $costume->id])>
                <button type="button" wire:click="select({{ (int) $costume->id }})">
                    <strong>{{ $costume->name }}</strong> {{-- SAFE xss --}}
                    <span class="meta">{{ $costume->size }} · {{ $costume->era }} · rack {{ $costume->rack }}</span>
                </button>
                @if (!empty($costume->care_notes))
                    <div class="care">{!! Str::markdown($costume->care_notes, ['html_input' => 'escape', 'allow_unsafe_links' => false]) !!}</div> {{-- SAFE xss --}}
                @endif
                @if (($costume->out_count ?? 0) > 0)
                    <span class="badge badge-out">checked out</span>
                @endif
            </li>
        @empty
            <li class="empty">No costumes match “{{ $term }}”.</li>
        @endforelse
    </ul>

    @if ($selected && $history->isNotEmpty())
        <aside class="history">
            <h3>Worn in</h3>
            <ol>
                @foreach ($history as $h)
                    <li>{{ $h->title }} — {{ \Illuminate\Support\Carbon::parse($h->checked_out_at)->format('M Y') }}</li>
                @endforeach
            </ol>
        </aside>
    @endif
</div>
