<?php

namespace App\Livewire;

use App\Models\Production;
use App\Services\ProgramNotesRenderer;
use Illuminate\Foundation\Auth\Access\AuthorizesRequests;
use Livewire\Component;

class ProgramNotesEditor extends Component
{
    use AuthorizesRequests;

    public Production $production;

    public string $draft = '';

    public string $preview = '';

    public bool $approved = false;

    public function mount(Production $production): void
    {
        $this->production = $production;
        $this->draft = (string) $production->programme_notes_draft;
        $this->approved = $production->programme_notes_approved_at !== null;
    }

    public function updatedDraft(): void
    {
        $this->approved = false;
    }

    public function refreshPreview(ProgramNotesRenderer $renderer): void
    {
        $this->authorize('edit-programme', $this->production);

        try {
            $this->preview = $renderer->renderDraft($this->draft, $this->production);
        } catch (\Throwable $e) {
            $this->preview = '';
            $this->addError('draft', 'Could not render the draft: ' . $e->getMessage());
        }
    }

    public function save(): void
    {
        $this->authorize('edit-programme', $this->production);
        $this->validate(['draft' => 'required|string|max:12000']);

        $this->production->forceFill([
            'programme_notes_draft' => $this->draft,
            'programme_notes_approved_at' => null,
        ])->save();

        session()->flash('status', 'Draft saved.');
    }

    public function printPreview(ProgramNotesRenderer $renderer): void
    {
        $this->preview = $renderer->renderForPrint($this->draft, $this->production);
    }

    public function render()
    {
        return view('livewire.program-notes-editor');
    }
}
