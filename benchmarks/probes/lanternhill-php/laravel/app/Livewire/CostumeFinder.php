<?php

namespace App\Livewire;

use App\Services\WardrobeCatalog;
use Livewire\Attributes\Url;
use Livewire\Component;

class CostumeFinder extends Component
{
    #[Url(as: 'q')]
    public string $term = '';

    #[Url]
    public string $category = 'period';

    public ?int $selected = null;

    public function select(int $costumeId): void
    {
        $this->selected = $costumeId;
    }

    public function render()
    {
        $catalog = app(WardrobeCatalog::class);

        $results = strlen(trim($this->term)) >= 2
            ? $catalog->search($this->term, $this->category)
            : $catalog->byCategory($this->category)->all();

        return view('livewire.costume-finder', [
            'results' => $results,
            'categories' => WardrobeCatalog::CATEGORIES,
            'history' => $this->selected ? $catalog->checkoutHistory($this->selected) : collect(),
        ]);
    }
}
