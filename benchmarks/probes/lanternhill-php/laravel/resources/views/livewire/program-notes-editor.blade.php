<div class="notes-editor">
    <h1>Programme notes — {{ $production->title }}</h1>

    @if (session('status'))
        <p class="status">{{ session('status') }}</p>
    @endif

    <p class="help">
        Placeholders: <code>@{{ $production->title }}</code>, <code>@{{ $production->opens_on->format('j F') }}</code>,
        <code>@{{ $director }}</code>, <code>@{{ $castCount }}</code>.
    </p>

    <textarea wire:model.live.debounce.800ms="draft" wire:change="refreshPreview" rows="18"></textarea>
    @error('draft') <p class="error">{{ $message }}</p> @enderror

    <div class="actions">
        <button wire:click="refreshPreview">Preview</button>
        <button wire:click="printPreview">Print layout</button>
        <button wire:click="save" class="primary">Save draft</button>
        @if ($approved)
            <span class="badge">approved</span>
        @endif
    </div>

    <iframe class="preview" sandbox srcdoc="{{ $preview }}" title="Preview"></iframe>
</div>
