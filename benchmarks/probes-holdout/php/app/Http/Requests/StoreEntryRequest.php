<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rule;

class StoreEntryRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->user() !== null;
    }

    public function rules(): array
    {
        $show = $this->route('show');

        return [
            'dog_id' => ['required', 'integer', Rule::exists('dogs', 'id')->where('owner_id', $this->user()->id)],
            'breed_class_id' => ['required', 'integer', Rule::exists('breed_classes', 'id')->where('show_id', $show->id)],
            'handler_name' => ['nullable', 'string', 'max:120'],
            'agree_rules' => ['accepted'],
        ];
    }

    public function messages(): array
    {
        return [
            'dog_id.exists' => 'You can only enter dogs registered to you.',
            'agree_rules.accepted' => 'Please confirm you have read the show regulations.',
        ];
    }
}
