<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rule;

class SearchUnitsRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->user() !== null;
    }

    public function rules(): array
    {
        return [
            'city' => ['nullable', 'string', 'max:80'],
            'min_rent' => ['nullable', 'integer', 'min:0'],
            'max_rent' => ['nullable', 'integer', 'min:0', 'gte:min_rent'],
            'bedrooms' => ['nullable', 'integer', 'between:0,10'],
            'status' => ['nullable', Rule::in(['vacant', 'occupied', 'notice', 'offline'])],
            'sort' => ['nullable', 'string', 'max:64', 'regex:/[a-z_]+/'],
            'direction' => ['nullable', Rule::in(['asc', 'desc'])],
        ];
    }

    public function messages(): array
    {
        return [
            'sort.regex' => 'Sort by a column name such as rent_cents or bedrooms.',
        ];
    }
}
