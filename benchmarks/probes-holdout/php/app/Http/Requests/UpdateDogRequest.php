<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class UpdateDogRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->route('dog')->isEditableBy($this->user());
    }

    public function rules(): array
    {
        return [
            'call_name' => ['required', 'string', 'max:60'],
            'bio' => ['nullable', 'string', 'max:5000'],
            'photo_path' => ['nullable', 'string', 'max:255'],
            'date_of_birth' => ['required', 'date', 'before:today'],
        ];
    }
}
