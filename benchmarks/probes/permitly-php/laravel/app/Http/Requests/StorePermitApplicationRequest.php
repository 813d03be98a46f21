<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rule;

class StorePermitApplicationRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->user() !== null;
    }

    public function rules(): array
    {
        return [
            'parcel_number' => ['required', 'string', 'regex:/^\d{3}-\d{3}-\d{3}$/'],
            'site_address' => ['required', 'string', 'max:255'],
            'applicant_name' => ['required', 'string', 'max:120'],
            'applicant_email' => ['required', 'email:rfc', 'max:190'],
            'work_type' => ['required', Rule::in(['residential_new', 'residential_alteration', 'commercial_new', 'commercial_tenant_fitout', 'demolition', 'pool', 'solar', 'fence'])],
            'description' => ['required', 'string', 'max:5000'],
            'scope_notes' => ['nullable', 'string', 'max:5000'],
            'estimated_value' => ['required', 'numeric', 'min:0', 'max:999999999'],
            'gis_feature_url' => ['nullable', 'url', 'max:500'],
        ];
    }

    public function messages(): array
    {
        return [
            'parcel_number.regex' => 'Parcel numbers look like 123-456-789 (see your property tax bill).',
        ];
    }

    protected function prepareForValidation(): void
    {
        $this->merge([
            'parcel_number' => preg_replace('/\s+/', '', (string) $this->input('parcel_number')),
            'applicant_email' => strtolower(trim((string) $this->input('applicant_email'))),
        ]);
    }
}
