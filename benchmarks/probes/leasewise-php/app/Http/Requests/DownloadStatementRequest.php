<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class DownloadStatementRequest extends FormRequest
{
    public function authorize(): bool
    {
        return (bool) $this->user()?->is_staff;
    }

    protected function prepareForValidation(): void
    {
        $this->merge(['statement' => $this->route('statement')]);
    }

    public function rules(): array
    {
        return [
            'statement' => ['required', 'uuid'],
        ];
    }
}
