<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rule;

class ScheduleInspectionRequest extends FormRequest
{
    public function authorize(): bool
    {
        $permit = $this->route('permit');

        return $this->user() !== null
            && ($this->user()->isStaff() || $this->user()->contractor_id === $permit->contractor_id);
    }

    public function rules(): array
    {
        return [
            'inspection_type' => ['required', Rule::in(config('permitly.inspections.types'))],
            'requested_date' => ['required', 'date_format:Y-m-d'],
            'window' => ['required', Rule::in(['am', 'pm'])],
            'site_contact_name' => ['required', 'string', 'max:120'],
            'site_contact_phone' => ['required', 'string', 'max:40'],
            'contact_url' => ['nullable', 'string', 'max:255'],
            'access_notes' => ['nullable', 'string', 'max:1000'],
        ];
    }
}
