<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class StoreReservationRequest extends FormRequest
{
    public function authorize(): bool
    {
        return $this->user() !== null;
    }

    public function rules(): array
    {
        return [
            'vehicle_id' => ['required', 'integer', 'exists:vehicles,id'],
            'pickup_branch' => ['required', 'string', 'exists:branches,code'],
            'return_branch' => ['required', 'string', 'exists:branches,code'],
            'pickup_at' => ['required', 'date', 'after:now'],
            'return_at' => ['required', 'date', 'after:pickup_at'],
            'customer_name' => ['required', 'string', 'max:120'],
            'email' => ['required', 'email:rfc'],
            'phone' => ['required', 'string', 'regex:/\A\+?[0-9]{8,15}\z/'],
            'notes' => ['nullable', 'string', 'max:2000'],
        ];
    }
}
