<?php

namespace App\Http\Requests;

use App\Models\MaintenanceRequest;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rule;

class StoreMaintenanceRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->user() !== null;
    }

    public function rules(): array
    {
        return [
            'category' => ['required', Rule::in(MaintenanceRequest::CATEGORIES)],
            'priority' => ['nullable', Rule::in(['low', 'normal', 'urgent', 'emergency'])],
            'description' => ['required', 'string', 'min:10', 'max:5000'],
            'permission_to_enter' => ['sometimes', 'boolean'],
        ];
    }
}
