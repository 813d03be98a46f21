<span>{{ $society }} &middot; {{ $show->name }} &middot; printed {{ $printedAt }}</span>
